import { createHash } from 'node:crypto'

import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  jarValues,
  request,
  resetRequest,
  sendCookie,
} from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

const {
  createSession,
  decrypt,
  deleteSession,
  getSession,
  SESSION_TTL_SECONDS,
  updateSession,
} = await import('@/lib/session')
const { deleteSessionRow } = await import('@/lib/session-rows')
const { mutateStore, readStore } = await import('@/lib/store')
const { findUserByEmail } = await import('@/lib/users')

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The session cookie as the action left it, with typed options. */
function sessionCookie() {
  const cookie = request.jar.get('session')
  if (!cookie) throw new Error('no session cookie in the jar')
  const { value, options } = cookie
  return { value, options, expires: options.expires as Date }
}

async function minjun() {
  const user = await findUserByEmail('minjun@example.com')
  if (!user) throw new Error('the seeded store has no minjun')
  return user
}

async function sidOf(token: string) {
  const payload = await decrypt(token)
  if (payload?.strategy !== 'database') throw new Error('not a database token')
  return payload.sid
}

/** Logs minjun in with a database session; returns the token and row id. */
async function databaseLogin() {
  const user = await minjun()
  await createSession(user, 'database')
  const token = sessionCookie().value
  return { user, token, rowId: sha256(await sidOf(token)) }
}

setUpFreshRequestAndStore()

afterEach(() => {
  vi.useRealTimers()
})

describe('createSession with the stateless strategy', () => {
  it('sets a cookie whose token decrypts to the strategy, userId and role', async () => {
    const user = await minjun()
    await createSession(user, 'stateless')

    const payload = await decrypt(sessionCookie().value)
    expect(payload).toMatchObject({
      strategy: 'stateless',
      userId: user.id,
      role: 'member',
    })
  })

  it('is the default strategy', async () => {
    await createSession(await minjun())
    expect((await decrypt(sessionCookie().value))?.strategy).toBe('stateless')
  })

  it('sets an httpOnly, SameSite=Lax cookie for the whole site, not Secure over http', async () => {
    await createSession(await minjun(), 'stateless')
    expect(sessionCookie().options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: false,
    })
  })

  it('marks the cookie Secure when the request came over https', async () => {
    resetRequest({ 'x-forwarded-proto': 'https' })
    await createSession(await minjun(), 'stateless')
    expect(sessionCookie().options.secure).toBe(true)
  })

  it('makes the cookie expire at the token exp, to the second, 7 days ahead', async () => {
    await createSession(await minjun(), 'stateless')
    const { value, expires } = sessionCookie()
    const payload = await decrypt(value)

    expect(expires).toBeInstanceOf(Date)
    expect(Math.floor(expires.getTime() / 1000)).toBe(payload?.exp)
    expect((payload?.exp ?? 0) - (payload?.iat ?? 0)).toBe(SESSION_TTL_SECONDS)
  })

  it('writes no row to the store', async () => {
    await createSession(await minjun(), 'stateless')
    expect((await readStore()).sessions).toEqual([])
  })
})

describe('createSession with the database strategy', () => {
  it('stores one row whose id is the SHA-256 of the sid in the token', async () => {
    const { user, token } = await databaseLogin()
    const sid = await sidOf(token)

    const { sessions } = await readStore()
    expect(sessions).toHaveLength(1)
    expect(sessions[0]?.id).toBe(sha256(sid))
    expect(sessions[0]?.id).not.toContain(sid)
    expect(sessions[0]?.userId).toBe(user.id)
  })

  it('gives the row the same expiry as the cookie', async () => {
    await databaseLogin()
    const { expires, value } = sessionCookie()
    const row = (await readStore()).sessions[0]

    expect(row?.expiresAt).toBe(expires.toISOString())
    expect(Math.floor(Date.parse(row?.expiresAt ?? '') / 1000)).toBe(
      (await decrypt(value))?.exp,
    )
  })

  it('keeps the userId out of the token', async () => {
    const { user, token } = await databaseLogin()
    const [, body] = token.split('.')
    const readable = Buffer.from(body ?? '', 'base64url').toString('utf8')

    expect(readable).not.toContain(user.id)
    expect(token).not.toContain(user.id)
    expect(Object.keys((await decrypt(token)) ?? {}).sort()).toEqual([
      'exp',
      'iat',
      'sid',
      'strategy',
    ])
  })

  it('records the user agent of the request on the row', async () => {
    resetRequest({ 'user-agent': 'UnitTest/1.0' })
    await databaseLogin()
    expect((await readStore()).sessions[0]?.userAgent).toBe('UnitTest/1.0')
  })
})

describe('getSession', () => {
  it('returns null without a cookie', async () => {
    expect(await getSession()).toBeNull()
  })

  it('returns the userId of a stateless session', async () => {
    const user = await minjun()
    await createSession(user, 'stateless')
    expect(await getSession()).toMatchObject({
      strategy: 'stateless',
      userId: user.id,
    })
  })

  it('returns the userId and row of a database session', async () => {
    const { user, rowId } = await databaseLogin()
    const session = await getSession()

    expect(session).toMatchObject({
      strategy: 'database',
      userId: user.id,
      rowId,
    })
    expect(session?.expiresAt.getTime()).toBe(sessionCookie().expires.getTime())
  })

  it('resolves the same database cookie to null once its row is deleted', async () => {
    const { user, rowId } = await databaseLogin()
    expect(await getSession()).not.toBeNull()

    expect(await deleteSessionRow(rowId, user.id)).toBe(true)

    expect(request.jar.has('session')).toBe(true)
    expect(await getSession()).toBeNull()
  })

  it('resolves a database cookie to null once its row has expired, though the token has not', async () => {
    const { token } = await databaseLogin()
    await mutateStore((draft) => {
      for (const row of draft.sessions) {
        row.expiresAt = new Date(Date.now() - 1000).toISOString()
      }
    })

    expect(await decrypt(token)).not.toBeNull()
    expect(await getSession()).toBeNull()
  })
})

describe('updateSession with the stateless strategy', () => {
  it('issues a new token with a later exp and moves the cookie expiry with it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'))
    const user = await minjun()
    await createSession(user, 'stateless')
    const before = sessionCookie()
    const oldExp = (await decrypt(before.value))?.exp ?? 0

    vi.setSystemTime(new Date('2030-01-01T01:00:00.000Z'))
    const newExpiry = await updateSession()

    const after = sessionCookie()
    const payload = await decrypt(after.value)
    expect(newExpiry).toBeInstanceOf(Date)
    expect(newExpiry?.getTime()).toBeGreaterThan(before.expires.getTime())
    expect(after.value).not.toBe(before.value)
    expect(payload?.exp).toBeGreaterThan(oldExp)
    expect(payload?.exp).toBe(oldExp + 60 * 60)
    expect(after.expires.getTime()).toBe(newExpiry?.getTime())
    expect(Math.floor(after.expires.getTime() / 1000)).toBe(payload?.exp)
  })

  it('keeps the claims of the token it refreshes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'))
    const user = await minjun()
    await createSession(user, 'stateless')

    vi.setSystemTime(new Date('2030-01-02T00:00:00.000Z'))
    await updateSession()

    const payload = await decrypt(sessionCookie().value)
    expect(payload).toMatchObject({
      strategy: 'stateless',
      userId: user.id,
      role: user.role,
    })
    expect(Object.keys(payload ?? {}).sort()).toEqual([
      'exp',
      'iat',
      'role',
      'strategy',
      'userId',
    ])
  })
})

describe('updateSession with the database strategy', () => {
  it('moves the row expiry to the same instant as the new cookie and token exp', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'))
    const { token, rowId } = await databaseLogin()
    const oldRow = (await readStore()).sessions.find((s) => s.id === rowId)

    vi.setSystemTime(new Date('2030-01-01T06:00:00.000Z'))
    const newExpiry = await updateSession()

    const after = sessionCookie()
    const row = (await readStore()).sessions.find((s) => s.id === rowId)
    expect(after.value).not.toBe(token)
    expect(await sidOf(after.value)).toBe(await sidOf(token))
    expect(Date.parse(row?.expiresAt ?? '')).toBeGreaterThan(
      Date.parse(oldRow?.expiresAt ?? ''),
    )
    expect(row?.expiresAt).toBe(newExpiry?.toISOString())
    expect(row?.expiresAt).toBe(after.expires.toISOString())
    expect(Math.floor(Date.parse(row?.expiresAt ?? '') / 1000)).toBe(
      (await decrypt(after.value))?.exp,
    )
    expect((await readStore()).sessions).toHaveLength(1)
  })
})

describe('updateSession without a usable session', () => {
  it('returns null and sets no cookie when there is no cookie', async () => {
    expect(await updateSession()).toBeNull()
    expect(request.writes).toEqual([])
    expect(request.jar.size).toBe(0)
  })

  it('returns null and sets no cookie for a cookie that is not a valid token', async () => {
    sendCookie('session', 'not.a.token')
    expect(await updateSession()).toBeNull()
    expect(request.writes).toEqual([])
    expect(jarValues()).toEqual({ session: 'not.a.token' })
  })

  it('returns null and sets no cookie for a database cookie whose row is gone', async () => {
    const { user, token, rowId } = await databaseLogin()
    await deleteSessionRow(rowId, user.id)
    request.writes.length = 0

    expect(await updateSession()).toBeNull()
    expect(request.writes).toEqual([])
    expect(jarValues()).toEqual({ session: token })
  })
})

describe('deleteSession', () => {
  it('removes the database row and the cookie; a replay of the old token is signed out', async () => {
    const { token } = await databaseLogin()

    await deleteSession()

    expect(request.jar.has('session')).toBe(false)
    expect((await readStore()).sessions).toEqual([])
    sendCookie('session', token)
    expect(await decrypt(token)).not.toBeNull()
    expect(await getSession()).toBeNull()
  })

  it('removes a stateless cookie, but the old token still verifies: the limit of stateless sessions', async () => {
    const user = await minjun()
    await createSession(user, 'stateless')
    const token = sessionCookie().value

    await deleteSession()

    expect(request.jar.has('session')).toBe(false)
    const payload = await decrypt(token)
    expect(payload?.strategy === 'stateless' && payload.userId).toBe(user.id)
    sendCookie('session', token)
    expect((await getSession())?.userId).toBe(user.id)
  })

  it('leaves the rows of other sessions alone', async () => {
    const { rowId: first } = await databaseLogin()
    resetRequest()
    const { rowId: second } = await databaseLogin()

    await deleteSession()

    const ids = (await readStore()).sessions.map((s) => s.id)
    expect(ids).toEqual([first])
    expect(ids).not.toContain(second)
  })
})

describe('createSession over an existing session (a login)', () => {
  it('removes the old database row and issues a different token', async () => {
    const { token: oldToken, rowId: oldRowId } = await databaseLogin()

    const { token: newToken, rowId: newRowId } = await databaseLogin()

    expect(newToken).not.toBe(oldToken)
    expect(newRowId).not.toBe(oldRowId)
    expect((await readStore()).sessions.map((s) => s.id)).toEqual([newRowId])
    sendCookie('session', oldToken)
    expect(await getSession()).toBeNull()
  })

  it('removes the old database row when the new session is stateless', async () => {
    const { token: oldToken } = await databaseLogin()

    await createSession(await minjun(), 'stateless')

    expect(sessionCookie().value).not.toBe(oldToken)
    expect((await readStore()).sessions).toEqual([])
  })
})
