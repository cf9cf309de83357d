import { describe, expect, it } from 'vitest'

import { resetRequest, sendCookie } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'
import {
  minjun,
  nowSeconds,
  SECRET,
  statelessToken,
  tamper,
  user,
} from './helpers/inspect-tokens'

const { inspectRequest } = await import('@/lib/inspect')
const { createSession, getSession } = await import('@/lib/session')
const { insertSessionRow, newSessionId } = await import('@/lib/session-rows')

setUpFreshRequestAndStore(SECRET)

describe('inspectRequest: what the panel shows', () => {
  it('shows the cookie attributes the session cookie is set with', async () => {
    resetRequest({ 'x-forwarded-proto': 'https' })
    await statelessToken()
    const { exp } = (await inspectRequest()).token?.payload ?? {}

    const inspection = await inspectRequest()

    expect(inspection.cookie).toMatchObject({
      name: '__Host-session',
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      path: '/',
    })
    expect(inspection.cookie.expires?.getTime()).toBe((exp ?? 0) * 1000)
    expect(inspection.cookie.plantedBecause).toBeNull()
    expect(inspection.secondsLeft).toBeGreaterThan(0)
  })

  it('a planted token with an exp no cookie can carry shows the planted hour', async () => {
    const cases = [
      [{ exp: 9_999_999_999 }, 'too-far'],
      [{ exp: nowSeconds() - 60 }, 'past'],
      [{}, 'no-exp'],
    ] as const
    for (const [claims, because] of cases) {
      const token = tamper(await statelessToken(), {
        strategy: 'stateless',
        userId: (await minjun()).id,
        role: 'member',
        ...claims,
      })
      sendCookie('session', token)

      const { cookie } = await inspectRequest()

      expect(cookie.expires, because).toBeNull()
      expect(cookie.plantedBecause).toBe(because)
    }
  })

  it('shows only the start of the password hash', async () => {
    const owner = await minjun()
    await createSession(owner, 'stateless')

    const { userRow } = await inspectRequest()

    expect(userRow?.passwordHash).toHaveLength(16)
    expect(userRow?.passwordHash.endsWith('…')).toBe(true)
    expect(
      owner.passwordHash.startsWith(userRow?.passwordHash.slice(0, 15) ?? '-'),
    ).toBe(true)
    expect(userRow?.passwordHash).not.toBe(owner.passwordHash)
    expect(Object.keys(userRow ?? {}).sort()).toEqual([
      'email',
      'id',
      'name',
      'passwordHash',
      'role',
    ])
  })

  it("lists only the caller's own rows, with the current one marked", async () => {
    const owner = await minjun()
    const stranger = await user('seoyeon@example.com')
    const expiresAt = new Date(Date.now() + 3600_000)
    await insertSessionRow(newSessionId(), stranger.id, expiresAt, 'X/1')
    await createSession(owner, 'database')
    const other = await insertSessionRow(
      newSessionId(),
      owner.id,
      expiresAt,
      'Y/1',
    )
    const current = (await getSession())?.rowId

    const { sessionRows } = await inspectRequest()

    expect(sessionRows.map((row) => row.id).sort()).toEqual(
      [current, other.id].sort(),
    )
    expect(
      sessionRows.filter((row) => row.current).map((row) => row.id),
    ).toEqual([current])
    for (const row of sessionRows) {
      expect(row.shortId).toBe(`${row.id.slice(0, 8)}…`)
      expect(row).not.toHaveProperty('userId')
    }
  })
})
