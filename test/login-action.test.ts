import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import type { LoginState, TraceStep } from '@/lib/definitions'

import { form, redirectOf, request } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

const { login, logout } = await import('@/app/actions/auth')
const { decrypt, getSession } = await import('@/lib/session')
const { readStore, storeFile } = await import('@/lib/store')
const { findUserByEmail } = await import('@/lib/users')

const PERSONA = { email: 'minjun@example.com', password: 'demo-pass-1!' }
const DEFAULT_DONE = '/chapters/sessions#login-demo'
const BAD_CREDENTIALS = '이메일 또는 비밀번호가 올바르지 않습니다.'

function loginForm(values: Record<string, string> = {}) {
  return form({ ...PERSONA, strategy: 'stateless', ...values })
}

/** The steps without their timings, which vary from run to run. */
const withoutMs = (trace: TraceStep[] | undefined) =>
  (trace ?? []).map(({ step, ok, detail }) => ({ step, ok, detail }))

function savedTrace(): TraceStep[] {
  const value = request.jar.get('last-trace')?.value ?? ''
  return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
}

async function minjunId() {
  const user = await findUserByEmail(PERSONA.email)
  if (!user) throw new Error('the seeded store has no minjun')
  return user.id
}

setUpFreshRequestAndStore()

describe('the login action with invalid fields', () => {
  it('asks for a missing email and password, and sets no cookie', async () => {
    const state = await login(undefined, form({ strategy: 'stateless' }))

    expect(state?.errors?.email).toEqual(['이메일을 입력해 주세요.'])
    expect(state?.errors?.password).toEqual(['비밀번호를 입력해 주세요.'])
    expect(state?.trace).toEqual([
      { step: 'validate', ok: false, detail: 'email,password' },
    ])
    expect(request.jar.size).toBe(0)
  })

  it('asks for empty fields the same way as missing ones', async () => {
    const state = await login(
      undefined,
      loginForm({ email: '   ', password: '' }),
    )

    expect(state?.errors?.email).toEqual(['이메일을 입력해 주세요.'])
    expect(state?.errors?.password).toEqual(['비밀번호를 입력해 주세요.'])
    expect(request.jar.size).toBe(0)
  })

  it('refuses an email that is not an address', async () => {
    const state = await login(undefined, loginForm({ email: 'minjun' }))

    expect(state?.errors?.email).toEqual([
      '올바른 이메일 주소를 입력해 주세요.',
    ])
    expect(state?.errors?.password).toBeUndefined()
    expect(request.jar.size).toBe(0)
  })

  it('refuses a password over 72 bytes, counting UTF-8 bytes, before bcrypt sees it', async () => {
    for (const password of ['a'.repeat(73), '가'.repeat(25)]) {
      const state = await login(undefined, loginForm({ password }))

      expect(state?.errors?.password).toEqual([
        '비밀번호는 72바이트를 넘을 수 없습니다.',
      ])
      expect(withoutMs(state?.trace)).toEqual([
        { step: 'validate', ok: false, detail: 'password' },
      ])
    }
    expect(request.jar.size).toBe(0)
  })

  it('lets a 72-byte password through to the credential check', async () => {
    const state = await login(
      undefined,
      loginForm({ password: 'a'.repeat(72) }),
    )

    expect(state?.errors).toBeUndefined()
    expect(state?.message).toBe(BAD_CREDENTIALS)
  })

  it('asks for a session strategy when it is missing or unknown', async () => {
    for (const strategy of [undefined, 'cookie']) {
      const data = loginForm()
      if (strategy === undefined) data.delete('strategy')
      else data.set('strategy', strategy)

      const state = await login(undefined, data)

      expect(state?.errors?.strategy).toEqual(['세션 방식을 골라 주세요.'])
    }
    expect(request.jar.size).toBe(0)
  })
})

describe('the login action with wrong credentials', () => {
  it('one message for an unknown email and a wrong password, no cookie', async () => {
    const unknown = await login(
      undefined,
      loginForm({ email: 'nobody@example.com' }),
    )
    expect(request.jar.size).toBe(0)
    const wrong = await login(
      undefined,
      loginForm({ password: 'wrong-pass-1!' }),
    )
    expect(request.jar.size).toBe(0)

    expect(unknown?.message).toBe(BAD_CREDENTIALS)
    expect(wrong?.message).toBe(BAD_CREDENTIALS)
    expect(unknown?.errors).toBeUndefined()
    expect(wrong?.errors).toBeUndefined()
  })

  it('traces one failed verify step, nothing that tells if the account exists', async () => {
    const unknown = await login(
      undefined,
      loginForm({ email: 'nobody@example.com' }),
    )
    const wrong = await login(
      undefined,
      loginForm({ password: 'wrong-pass-1!' }),
    )

    for (const state of [unknown, wrong]) {
      const verify = state?.trace?.filter((step) => step.step === 'verify')
      expect(verify).toHaveLength(1)
      expect(verify?.[0]?.ok).toBe(false)
    }
    // Apart from the timing, the two traces are the same steps.
    expect(withoutMs(unknown?.trace)).toEqual(withoutMs(wrong?.trace))
    expect(withoutMs(unknown?.trace)).toEqual([
      { step: 'validate', ok: true, detail: 'ok' },
      { step: 'verify', ok: false, detail: 'bcrypt-compare' },
    ])
  })

  it('sends the email back after an error, and never the password', async () => {
    const password = 'wrong-pass-1!'
    const state: LoginState = await login(
      undefined,
      loginForm({ email: ' MinJun@Example.com ', password }),
    )

    expect(state?.values).toEqual({
      email: ' MinJun@Example.com ',
      strategy: 'stateless',
    })
    expect(JSON.stringify(state)).not.toContain(password)

    const invalid = await login(
      undefined,
      loginForm({ email: 'minjun', password: 'secret-typed-1!' }),
    )
    expect(invalid?.values?.email).toBe('minjun')
    expect(JSON.stringify(invalid)).not.toContain('secret-typed-1!')
  })

  it('answers a store failure with a generic message and no cookie', async () => {
    const file = storeFile()
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, '{"version": 1, "users": [')
    vi.spyOn(console, 'error').mockImplementation(() => {})

    const state = await login(undefined, loginForm())

    expect(state?.message).toBe(
      '처리하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
    )
    expect(JSON.stringify(state)).not.toMatch(/JSON|SyntaxError|db\.json/)
    expect(request.jar.has('session')).toBe(false)
  })
})

describe('the login action with the right credentials', () => {
  it('signs the persona in with a stateless session and redirects to the login demo', async () => {
    const target = await redirectOf(login(undefined, loginForm()))

    expect(target).toBe(DEFAULT_DONE)
    const payload = await decrypt(request.jar.get('session')?.value)
    expect(payload).toMatchObject({
      strategy: 'stateless',
      userId: await minjunId(),
      role: 'member',
    })
    expect((await getSession())?.userId).toBe(await minjunId())
    expect((await readStore()).sessions).toEqual([])
  })

  it('carries the steps it took to the next page in the trace cookie', async () => {
    await redirectOf(login(undefined, loginForm()))

    expect(withoutMs(savedTrace())).toEqual([
      { step: 'validate', ok: true, detail: 'ok' },
      { step: 'verify', ok: true, detail: 'bcrypt-compare' },
      { step: 'session', ok: true, detail: 'stateless' },
      { step: 'redirect', ok: true, detail: DEFAULT_DONE },
    ])
  })

  it('stores a session row for the database strategy', async () => {
    const target = await redirectOf(
      login(undefined, loginForm({ strategy: 'database' })),
    )

    expect(target).toBe(DEFAULT_DONE)
    const { sessions } = await readStore()
    expect(sessions).toHaveLength(1)
    expect(sessions[0]?.userId).toBe(await minjunId())
    expect((await decrypt(request.jar.get('session')?.value))?.strategy).toBe(
      'database',
    )
    expect(await getSession()).toMatchObject({
      strategy: 'database',
      userId: await minjunId(),
      rowId: sessions[0]?.id,
    })
  })

  it('replaces a database session that was there before the login', async () => {
    await redirectOf(login(undefined, loginForm({ strategy: 'database' })))
    const before = request.jar.get('session')?.value
    const [oldRow] = (await readStore()).sessions

    await redirectOf(login(undefined, loginForm({ strategy: 'database' })))

    const { sessions } = await readStore()
    expect(request.jar.get('session')?.value).not.toBe(before)
    expect(sessions).toHaveLength(1)
    expect(sessions[0]?.id).not.toBe(oldRow?.id)
  })

  it('accepts the email with spaces around it and in any case', async () => {
    const target = await redirectOf(
      login(undefined, loginForm({ email: ' MinJun@Example.com ' })),
    )

    expect(target).toBe(DEFAULT_DONE)
    expect((await getSession())?.userId).toBe(await minjunId())
  })

  it.each([
    '//evil.example',
    'https://evil.example',
    '/\\evil',
    '/chapters/x#a b',
  ])('falls back to the login demo for returnTo %j', async (returnTo) => {
    const target = await redirectOf(login(undefined, loginForm({ returnTo })))

    expect(target).toBe(DEFAULT_DONE)
    expect(request.jar.has('session')).toBe(true)
  })

  it('honours a returnTo that is a chapter of this site', async () => {
    const returnTo = '/chapters/database-sessions#db-login-demo'
    const target = await redirectOf(
      login(undefined, loginForm({ strategy: 'database', returnTo })),
    )

    expect(target).toBe(returnTo)
  })
})

describe('the logout action', () => {
  it('removes the cookie and the row, and goes home by default', async () => {
    await redirectOf(login(undefined, loginForm({ strategy: 'database' })))

    const target = await redirectOf(logout(form({})))

    expect(target).toBe('/')
    expect(request.jar.has('session')).toBe(false)
    expect((await readStore()).sessions).toEqual([])
    expect(await getSession()).toBeNull()
  })

  it('goes back to a chapter when asked, and nowhere else', async () => {
    const back = '/chapters/sessions#login-demo'
    expect(await redirectOf(logout(form({ returnTo: back })))).toBe(back)
    expect(
      await redirectOf(logout(form({ returnTo: 'https://evil.example' }))),
    ).toBe('/')
  })
})
