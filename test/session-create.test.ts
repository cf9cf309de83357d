import { afterEach, describe, expect, it, vi } from 'vitest'

import { request, resetRequest, sendCookie } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'
import {
  sha256,
  sessionCookie,
  minjun,
  sidOf,
  databaseLogin,
} from './helpers/sessions'

const { createSession, decrypt, getSession, SESSION_TTL_SECONDS } =
  await import('@/lib/session')
const { deleteSessionRow } = await import('@/lib/session-rows')
const { mutateStore, readStore } = await import('@/lib/store')

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

  it('over https names the cookie __Host-session and marks it Secure', async () => {
    resetRequest({ 'x-forwarded-proto': 'https' })
    await createSession(await minjun(), 'stateless')
    expect(sessionCookie('__Host-session').options).toMatchObject({
      secure: true,
      path: '/',
      httpOnly: true,
    })
    expect(request.jar.has('session')).toBe(false)
  })

  it('over https ignores an unprefixed session cookie any http page could plant', async () => {
    await createSession(await minjun(), 'stateless')
    const planted = sessionCookie().value
    resetRequest({ 'x-forwarded-proto': 'https' })
    sendCookie('session', planted)
    expect(await getSession()).toBeNull()
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

  it('a database cookie is null once its row expired, though the token has not', async () => {
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
