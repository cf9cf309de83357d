import { describe, expect, it } from 'vitest'

import type { DemoState } from '@/app/actions/session-demo'

import {
  form,
  jarValues,
  redirectOf,
  request,
  resetRequest,
} from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

const {
  endOtherSessions,
  endSession,
  replayToken,
  restoreToken,
  sendTamperedToken,
} = await import('@/app/actions/session-demo')
const { createSession, decrypt, getSession, SESSION_TTL_SECONDS } =
  await import('@/lib/session')
const { insertSessionRow, newSessionId } = await import('@/lib/session-rows')
const { readStore } = await import('@/lib/store')
const { findUserByEmail } = await import('@/lib/users')

const FALLBACK = '/chapters/sessions#login-demo'
const BACKUP = 'session-before-tamper'

async function userId(email: string) {
  const user = await findUserByEmail(email)
  if (!user) throw new Error(`the seeded store has no ${email}`)
  return user
}

/** Another device's row for this user, straight into the store. */
async function otherDeviceRow(id: string) {
  const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000)
  return insertSessionRow(newSessionId(), id, expiresAt, 'Other/1.0')
}

/**
 * minjun signed in here with a database session, on another device too;
 * seoyeon signed in elsewhere.
 */
async function threeRows() {
  const minjun = await userId('minjun@example.com')
  const seoyeon = await userId('seoyeon@example.com')
  await createSession(minjun, 'database')
  const current = (await getSession())?.rowId
  const other = (await otherDeviceRow(minjun.id)).id
  const stranger = (await otherDeviceRow(seoyeon.id)).id
  if (!current) throw new Error('no current row')
  return { minjun, current, other, stranger }
}

const rowIds = async () => (await readStore()).sessions.map((s) => s.id)

async function statelessLogin() {
  const minjun = await userId('minjun@example.com')
  await createSession(minjun, 'stateless')
  const token = request.jar.get('session')?.value
  if (!token) throw new Error('no session cookie')
  return { minjun, token }
}

/** Runs a demo action that must refuse, and checks it changed no cookie. */
async function refusal(work: () => Promise<DemoState>) {
  const before = jarValues()
  request.writes.length = 0
  const state = await work()
  expect(request.writes).toEqual([])
  expect(jarValues()).toEqual(before)
  return state?.error
}

setUpFreshRequestAndStore()

describe('endSession', () => {
  it("removes the caller's other row and nothing else", async () => {
    const { current, other, stranger } = await threeRows()

    const target = await redirectOf(endSession(form({ rowId: other })))

    expect(target).toBe(FALLBACK)
    expect(await rowIds()).toEqual([current, stranger])
  })

  it("refuses another user's row and leaves it untouched", async () => {
    const { current, other, stranger } = await threeRows()
    const before = (await readStore()).sessions

    await redirectOf(endSession(form({ rowId: stranger })))

    expect(await rowIds()).toEqual([current, other, stranger])
    expect((await readStore()).sessions).toEqual(before)
  })

  it('signs the caller out when they end their own current session', async () => {
    const { current, other, stranger } = await threeRows()

    await redirectOf(endSession(form({ rowId: current })))

    expect(await rowIds()).toEqual([other, stranger])
    expect(await getSession()).toBeNull()
  })

  it('deletes nothing without a session', async () => {
    const { other } = await threeRows()
    resetRequest()

    await redirectOf(endSession(form({ rowId: other })))

    expect(await rowIds()).toHaveLength(3)
  })
})

describe('endOtherSessions', () => {
  it("keeps the current row, removes the caller's other rows and no one else's", async () => {
    const { minjun, current, stranger } = await threeRows()
    await otherDeviceRow(minjun.id)

    const target = await redirectOf(endOtherSessions(form({})))

    expect(target).toBe(FALLBACK)
    expect(await rowIds()).toEqual([current, stranger])
    expect((await getSession())?.rowId).toBe(current)
  })

  it('removes nothing for a stateless session, which has no row of its own', async () => {
    const minjun = await userId('minjun@example.com')
    await otherDeviceRow(minjun.id)
    await createSession(minjun, 'stateless')

    await redirectOf(endOtherSessions(form({})))

    expect(await rowIds()).toHaveLength(1)
  })
})

describe('sendTamperedToken', () => {
  it('asks to log in first when there is no token to tamper with', async () => {
    const error = await refusal(() =>
      sendTamperedToken(undefined, form({ payload: '{}' })),
    )
    expect(error).toBe('먼저 로그인해야 변조할 토큰이 생깁니다.')
  })

  it('refuses non-JSON and JSON that is not an object, changing no cookie', async () => {
    await statelessLogin()
    for (const payload of ['{', 'not json', '[1, 2]', '[]', '"text"', 'null']) {
      const error = await refusal(() =>
        sendTamperedToken(undefined, form({ payload })),
      )
      expect(error).toBe('올바른 JSON 객체가 아닙니다.')
    }
  })

  it('refuses a payload over 2000 characters and changes no cookie', async () => {
    await statelessLogin()
    const payload = JSON.stringify({ userId: 'x'.repeat(2000) })
    expect(payload.length).toBeGreaterThan(2000)

    const error = await refusal(() =>
      sendTamperedToken(undefined, form({ payload })),
    )
    expect(error).toBe('페이로드는 2000자 이하로 써 주세요.')
  })

  it('keeps the header and signature, swaps the payload, and the forgery is rejected', async () => {
    const { token } = await statelessLogin()
    const forgedClaims = {
      strategy: 'stateless',
      userId: (await userId('admin@example.com')).id,
      role: 'admin',
    }

    const target = await redirectOf(
      sendTamperedToken(
        undefined,
        form({ payload: JSON.stringify(forgedClaims) }),
      ),
    )

    expect(target).toBe(FALLBACK)
    const forged = request.jar.get('session')?.value ?? ''
    const [header, body, signature] = forged.split('.')
    const [oldHeader, , oldSignature] = token.split('.')
    expect(forged).not.toBe(token)
    expect(header).toBe(oldHeader)
    expect(signature).toBe(oldSignature)
    expect(
      JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')),
    ).toEqual(forgedClaims)
    expect(await decrypt(forged)).toBeNull()
    expect(await getSession()).toBeNull()
    expect(request.jar.get(BACKUP)?.value).toBe(token)
    expect(request.jar.get(BACKUP)?.options).toMatchObject({ httpOnly: true })
  })

  it('the forged cookie gets its claimed exp if a browser keeps it, else an hour', async () => {
    await statelessLogin()
    const soon = Math.floor(Date.now() / 1000) + 600
    const expiryFor = async (payload: string) => {
      await redirectOf(sendTamperedToken(undefined, form({ payload })))
      const expires = request.jar.get('session')?.options.expires as Date
      return expires.getTime()
    }

    expect(await expiryFor(JSON.stringify({ exp: soon }))).toBe(soon * 1000)
    for (const payload of ['{"exp":9999999999}', '{"exp":1}', '{}']) {
      const hourAway = (await expiryFor(payload)) - Date.now()
      expect(hourAway, payload).toBeGreaterThan(59 * 60_000)
      expect(hourAway, payload).toBeLessThanOrEqual(60 * 60_000)
    }
  })

  it('keeps the first original when tampered with twice', async () => {
    const { token } = await statelessLogin()

    await redirectOf(sendTamperedToken(undefined, form({ payload: '{"a":1}' })))
    await redirectOf(sendTamperedToken(undefined, form({ payload: '{"b":2}' })))

    expect(request.jar.get(BACKUP)?.value).toBe(token)
  })
})

describe('restoreToken', () => {
  it('puts the original token back and drops the backup', async () => {
    const { minjun, token } = await statelessLogin()
    await redirectOf(sendTamperedToken(undefined, form({ payload: '{"a":1}' })))

    const target = await redirectOf(restoreToken(form({})))

    expect(target).toBe(FALLBACK)
    expect(request.jar.get('session')?.value).toBe(token)
    expect(request.jar.has(BACKUP)).toBe(false)
    expect((await getSession())?.userId).toBe(minjun.id)
  })

  it('leaves the session cookie alone when there is nothing to restore', async () => {
    const { token } = await statelessLogin()

    await redirectOf(restoreToken(form({})))

    expect(request.jar.get('session')?.value).toBe(token)
  })
})

describe('replayToken', () => {
  it.each([
    ['', '토큰을 붙여 넣어 주세요.'],
    ['   ', '토큰을 붙여 넣어 주세요.'],
    ['not-a-jwt', 'JWT 모양(점으로 나뉜 세 부분)이 아닙니다.'],
    ['a.b', 'JWT 모양(점으로 나뉜 세 부분)이 아닙니다.'],
    ['a.b.c.d', 'JWT 모양(점으로 나뉜 세 부분)이 아닙니다.'],
    ['a b.c.d', 'JWT 모양(점으로 나뉜 세 부분)이 아닙니다.'],
    [
      `${'a'.repeat(3797)}.b.c`,
      '토큰이 너무 깁니다. 쿠키는 약 4KB까지만 브라우저가 받아 줍니다.',
    ],
  ])(
    'refuses %# with a Korean error and changes no cookie',
    async (token, message) => {
      await statelessLogin()
      const error = await refusal(() => replayToken(undefined, form({ token })))
      expect(error).toBe(message)
    },
  )

  it('refuses a missing field like an empty one', async () => {
    const error = await refusal(() => replayToken(undefined, form({})))
    expect(error).toBe('토큰을 붙여 넣어 주세요.')
  })

  it('sends any JWT-shaped string as the session cookie for the server to judge', async () => {
    const target = await redirectOf(
      replayToken(undefined, form({ token: ' aaa.bbb.ccc ' })),
    )

    expect(target).toBe(FALLBACK)
    expect(request.jar.get('session')?.value).toBe('aaa.bbb.ccc')
    expect(request.jar.get('session')?.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
    })
    expect(await getSession()).toBeNull()
  })

  it('signs in whoever replays a valid stateless token', async () => {
    const { minjun, token } = await statelessLogin()
    resetRequest()

    await redirectOf(replayToken(undefined, form({ token })))

    expect((await getSession())?.userId).toBe(minjun.id)
  })
})
