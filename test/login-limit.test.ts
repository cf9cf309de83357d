import { describe, expect, it } from 'vitest'

import type { LoginState } from '@/lib/definitions'

import { attemptLogin, request, resetRequest } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

const { login } = await import('@/app/actions/auth')
const { addressKey } = await import('@/lib/client')
const { LOGIN_LIMITS } = await import('@/lib/login-limit')

const PERSONA = { email: 'minjun@example.com', password: 'demo-pass-1!' }
const BAD_CREDENTIALS = '이메일 또는 비밀번호가 올바르지 않습니다.'
const LIMITED =
  /^로그인 시도가 너무 많습니다\. \d+분 뒤에 다시 시도해 주세요\.$/

function from(address: string) {
  resetRequest({ 'x-forwarded-for': address })
}

const attempt = (email: string, password: string) =>
  attemptLogin(login, email, password)

const steps = (state: LoginState) => (state?.trace ?? []).map((s) => s.step)

setUpFreshRequestAndStore()

describe('failed logins per account from one client', () => {
  const { points } = LOGIN_LIMITS.accountFromClient
  it(`refuses after ${points} fails, right password too, no bcrypt`, async () => {
    from('203.0.113.7')
    for (let i = 0; i < LOGIN_LIMITS.accountFromClient.points; i++) {
      const state = await attempt(PERSONA.email, `wrong-${i}!`)
      expect(state?.message).toBe(BAD_CREDENTIALS)
      expect(steps(state)).toContain('verify')
    }

    const limited = await attempt(PERSONA.email, PERSONA.password)
    expect(limited?.message).toMatch(LIMITED)
    expect(steps(limited)).toEqual(['validate', 'limit'])
    expect(request.jar.has('session')).toBe(false)
  })

  it('counts the address after normalisation: case and spaces do not buy new tries', async () => {
    from('203.0.113.8')
    const spellings = [
      'minjun@example.com',
      'MINJUN@example.com',
      ' Minjun@Example.com ',
      'minjun@EXAMPLE.COM',
      'MinJun@example.com',
    ]
    for (const email of spellings) {
      expect((await attempt(email, 'wrong-pass-1!'))?.message).toBe(
        BAD_CREDENTIALS,
      )
    }
    expect((await attempt('minjun@example.com', 'x'))?.message).toMatch(LIMITED)
  })

  it('limits an unknown address exactly like a real one, so the limit tells nothing', async () => {
    from('203.0.113.9')
    const nobody = 'nobody-here@example.com'
    for (let i = 0; i < LOGIN_LIMITS.accountFromClient.points; i++) {
      expect((await attempt(nobody, 'wrong-pass-1!'))?.message).toBe(
        BAD_CREDENTIALS,
      )
    }
    expect((await attempt(nobody, 'wrong-pass-1!'))?.message).toMatch(LIMITED)
  })

  it('lets only the allowed number through when guesses arrive all at once', async () => {
    from('203.0.113.10')
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        attempt(PERSONA.email, `burst-${i}!`),
      ),
    )
    const checked = burst.filter((s) => s?.message === BAD_CREDENTIALS)
    const refused = burst.filter((s) => LIMITED.test(s?.message ?? ''))
    expect(checked).toHaveLength(LOGIN_LIMITS.accountFromClient.points)
    expect(refused).toHaveLength(12 - LOGIN_LIMITS.accountFromClient.points)
  })

  it('lets every learner sharing an example account in at the same moment', async () => {
    from('203.0.113.12')
    const room = await Promise.all(
      Array.from({ length: 12 }, () =>
        attempt(PERSONA.email, PERSONA.password),
      ),
    )
    expect(room).toEqual(Array.from({ length: 12 }, () => undefined))
  })

  it('starts the account afresh after the right password', async () => {
    from('203.0.113.11')
    for (let i = 0; i < LOGIN_LIMITS.accountFromClient.points - 1; i++) {
      await attempt(PERSONA.email, 'wrong-pass-1!')
    }
    expect(await attempt(PERSONA.email, PERSONA.password)).toBeUndefined()
    for (let i = 0; i < LOGIN_LIMITS.accountFromClient.points; i++) {
      expect((await attempt(PERSONA.email, 'wrong-pass-1!'))?.message).toBe(
        BAD_CREDENTIALS,
      )
    }
  })
})

describe('failed logins per account from every client', () => {
  it('one guessing client does not lock the account for another client', async () => {
    from('203.0.113.30')
    for (let i = 0; i <= LOGIN_LIMITS.accountFromClient.points; i++) {
      await attempt(PERSONA.email, `wrong-${i}!`)
    }
    expect((await attempt(PERSONA.email, PERSONA.password))?.message).toMatch(
      LIMITED,
    )

    from('192.0.2.99')
    expect(await attempt(PERSONA.email, PERSONA.password)).toBeUndefined()
  })

  it(`locks the account after ${LOGIN_LIMITS.account.points} fails from many clients`, async () => {
    const perClient = LOGIN_LIMITS.accountFromClient.points
    const clients = LOGIN_LIMITS.account.points / perClient
    for (let c = 0; c < clients; c++) {
      from(`198.18.0.${c + 1}`)
      for (let i = 0; i < perClient; i++) {
        const state = await attempt(PERSONA.email, `spread-${c}-${i}!`)
        expect(state?.message).toBe(BAD_CREDENTIALS)
      }
    }
    from('198.18.1.1')
    const limited = await attempt(PERSONA.email, PERSONA.password)
    expect(limited?.message).toMatch(LIMITED)
    expect(steps(limited)).toEqual(['validate', 'limit'])
  })
})

describe('failed logins per client', () => {
  it(`refuses a client after ${LOGIN_LIMITS.client.points} fails over accounts`, async () => {
    from('198.51.100.20')
    for (let i = 0; i < LOGIN_LIMITS.client.points; i++) {
      const state = await attempt(`guess-${i}@example.com`, 'wrong-pass-1!')
      expect(state?.message).toBe(BAD_CREDENTIALS)
    }
    const limited = await attempt('fresh@example.com', 'wrong-pass-1!')
    expect(limited?.message).toMatch(LIMITED)
    expect(steps(limited)).toEqual(['validate', 'limit'])

    // Another client, on the same accounts, is not affected.
    from('198.51.100.21')
    expect((await attempt('fresh@example.com', 'x'))?.message).toBe(
      BAD_CREDENTIALS,
    )
  })

  it('treats every address of one IPv6 /64 as one client', async () => {
    for (let i = 0; i < LOGIN_LIMITS.client.points; i++) {
      from(`2001:db8:1:2::${(i + 1).toString(16)}`)
      await attempt(`v6-${i}@example.com`, 'wrong-pass-1!')
    }
    from('2001:db8:1:2:ffff::1')
    expect((await attempt('v6-last@example.com', 'x'))?.message).toMatch(
      LIMITED,
    )
  })
})

describe('addressKey', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['', 'unknown'],
    ['not an address', 'unknown'],
  ])('%s → %s', (address, key) => {
    expect(addressKey(address)).toBe(key)
  })
})
