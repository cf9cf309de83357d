import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  form,
  jarValues,
  redirectOf,
  request,
  resetRequest,
  sendCookie,
} from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'
import { sessionCookie, minjun, sidOf, databaseLogin } from './helpers/sessions'

const { createSession, decrypt, deleteSession, getSession, updateSession } =
  await import('@/lib/session')
const { deleteSessionRow } = await import('@/lib/session-rows')
const { readStore } = await import('@/lib/store')
const { readTrace } = await import('@/lib/trace-cookie')
const { refreshSession } = await import('@/app/actions/session-demo')

const DEMO = '/chapters/sessions#login-demo'

setUpFreshRequestAndStore()

afterEach(() => {
  vi.useRealTimers()
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
  it('removes the row and the cookie; a replay of the old token is signed out', async () => {
    const { token } = await databaseLogin()

    await deleteSession()

    expect(request.jar.has('session')).toBe(false)
    expect((await readStore()).sessions).toEqual([])
    sendCookie('session', token)
    expect(await decrypt(token)).not.toBeNull()
    expect(await getSession()).toBeNull()
  })

  it('removes a stateless cookie, but the old token still verifies (the limit)', async () => {
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

describe('refreshSession, the demo button', () => {
  it('issues a new token and records the refresh in the trace cookie', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'))
    await createSession(await minjun(), 'stateless')
    const token = sessionCookie().value
    vi.setSystemTime(new Date('2030-01-01T00:10:00.000Z'))

    const target = await redirectOf(refreshSession(form({})))

    expect(target).toBe(DEMO)
    expect(sessionCookie().value).not.toBe(token)
    expect((await readTrace())?.[0]).toMatchObject({
      step: 'refresh',
      ok: true,
    })
  })

  it('without a session, writes no session cookie and says the extension failed', async () => {
    const target = await redirectOf(refreshSession(form({})))

    expect(target).toBe(DEMO)
    expect(request.jar.has('session')).toBe(false)
    expect(await readTrace()).toEqual([
      { step: 'refresh', ok: false, detail: 'no-valid-token' },
      { step: 'redirect', ok: true, detail: DEMO },
    ])
  })

  it('a database session ended elsewhere: says its row is gone, not login steps', async () => {
    const { user, rowId } = await databaseLogin()
    await deleteSessionRow(rowId, user.id)

    await redirectOf(refreshSession(form({})))

    expect((await readTrace())?.[0]).toEqual({
      step: 'refresh',
      ok: false,
      detail: 'no-session-row',
    })
  })
})
