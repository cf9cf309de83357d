import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'

import type { Inspection } from '@/lib/inspect'

import { request, resetRequest, sendCookie } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

const { inspectRequest } = await import('@/lib/inspect')
const { getUser } = await import('@/lib/dal')
const { createSession, getSession } = await import('@/lib/session')
const { deleteSessionRow, insertSessionRow, newSessionId } =
  await import('@/lib/session-rows')
const { findUserByEmail } = await import('@/lib/users')

const SECRET = 'unit-test-secret-that-is-longer-than-32-bytes'
const OTHER_SECRET = 'another-unit-test-secret-also-over-32-bytes'

const b64url = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url')
const nowSeconds = () => Math.floor(Date.now() / 1000)

/** 'name:reason' for each check, in order; '!' marks a failed one. */
const summary = (inspection: Inspection) =>
  inspection.checks.map(
    (check) => `${check.ok ? '' : '!'}${check.name}:${check.reason}`,
  )

async function user(email: string) {
  const found = await findUserByEmail(email)
  if (!found) throw new Error(`the seeded store has no ${email}`)
  return found
}

const minjun = () => user('minjun@example.com')

function sessionToken() {
  const token = (
    request.jar.get('session') ?? request.jar.get('__Host-session')
  )?.value
  if (!token) throw new Error('no session cookie')
  return token
}

async function statelessToken() {
  await createSession(await minjun(), 'stateless')
  return sessionToken()
}

/** The token with its payload replaced and its signature kept. */
function tamper(token: string, claims: Record<string, unknown>) {
  const [header, , signature] = token.split('.')
  return `${header}.${b64url(claims)}.${signature}`
}

/** A correctly signed token whose exp passed a minute ago. */
async function expiredToken(userId: string, secret = SECRET) {
  const iat = nowSeconds() - 3600
  return new SignJWT({ strategy: 'stateless', userId, role: 'member' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(iat)
    .setExpirationTime(nowSeconds() - 60)
    .sign(new TextEncoder().encode(secret))
}

setUpFreshRequestAndStore(SECRET)

describe('inspectRequest', () => {
  it('without a cookie: signed out, and only the cookie check, failed as absent', async () => {
    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(false)
    expect(inspection.strategy).toBeNull()
    expect(summary(inspection)).toEqual(['!cookie:absent'])
    expect(inspection.token).toBeNull()
    expect(inspection.userRow).toBeNull()
    expect(inspection.sessionRows).toEqual([])
  })

  it('with a valid stateless cookie: signed in, every check passed in order', async () => {
    const token = await statelessToken()

    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(true)
    expect(inspection.strategy).toBe('stateless')
    expect(inspection.checks.map((check) => check.name)).toEqual([
      'cookie',
      'format',
      'signature',
      'expiry',
      'claims',
      'user',
    ])
    expect(inspection.checks.every((check) => check.ok)).toBe(true)
    expect(inspection.token?.raw).toBe(token)
    expect(inspection.token?.bytes).toBe(token.length)
    expect(inspection.token?.header).toEqual({
      alg: 'HS256',
      kid: expect.stringMatching(/^[0-9a-f]{12}$/),
    })
    expect(inspection.token?.payload).toMatchObject({
      strategy: 'stateless',
      userId: (await minjun()).id,
    })
  })

  it('with a valid database cookie: the row is checked between the claims and the user', async () => {
    await createSession(await minjun(), 'database')

    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(true)
    expect(inspection.strategy).toBe('database')
    expect(summary(inspection)).toEqual([
      'cookie:present',
      'format:jwt',
      'signature:ok',
      'expiry:live',
      'claims:ok',
      'row:found',
      'user:found',
    ])
  })

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

  it('with a tampered payload: the signature check fails as bad-signature, signed out', async () => {
    const admin = await user('admin@example.com')
    const token = tamper(await statelessToken(), {
      strategy: 'stateless',
      userId: admin.id,
      role: 'admin',
      iat: nowSeconds(),
      exp: nowSeconds() + 3600,
    })
    sendCookie('session', token)

    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(false)
    expect(summary(inspection)).toEqual([
      'cookie:present',
      'format:jwt',
      '!signature:bad-signature',
    ])
    expect(inspection.userRow).toBeNull()
  })

  it('a planted token whose exp a cookie cannot carry is shown with the planted cookie’s hour, not its exp', async () => {
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

  it('with a token signed by another key: the signature check fails', async () => {
    sendCookie('session', await expiredToken('anyone', OTHER_SECRET))

    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(false)
    expect(summary(inspection)).toContain('!signature:bad-signature')
  })

  it('with an unsigned alg "none" token: the signature check fails as bad-alg', async () => {
    const payload = {
      strategy: 'stateless',
      userId: (await minjun()).id,
      role: 'member',
      iat: nowSeconds(),
      exp: nowSeconds() + 60,
    }
    sendCookie('session', `${b64url({ alg: 'none' })}.${b64url(payload)}.`)

    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(false)
    expect(summary(inspection)).toEqual([
      'cookie:present',
      'format:jwt',
      '!signature:bad-alg',
    ])
  })

  it('with an expired token: the signature holds and the expiry check fails', async () => {
    sendCookie('session', await expiredToken((await minjun()).id))

    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(false)
    expect(summary(inspection)).toEqual([
      'cookie:present',
      'format:jwt',
      'signature:expired',
      '!expiry:expired',
    ])
    expect(inspection.secondsLeft).toBeLessThan(0)
  })

  it('with a cookie that is not a JWT: the format check fails', async () => {
    sendCookie('session', 'not-a-jwt')

    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(false)
    expect(summary(inspection)).toEqual(['cookie:present', '!format:not-a-jwt'])
  })

  it('with a database cookie whose row was deleted: the row check fails as missing', async () => {
    const owner = await minjun()
    await createSession(owner, 'database')
    const rowId = (await getSession())?.rowId ?? ''
    await deleteSessionRow(rowId, owner.id)

    const inspection = await inspectRequest()

    expect(inspection.signedIn).toBe(false)
    expect(summary(inspection)).toEqual([
      'cookie:present',
      'format:jwt',
      'signature:ok',
      'expiry:live',
      'claims:ok',
      '!row:missing',
    ])
    expect(inspection.sessionRows).toEqual([])
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

  it('decides signed in exactly when getSession() finds a session', async () => {
    const owner = await minjun()
    const scenarios: Record<string, () => Promise<void>> = {
      'no cookie': async () => {},
      garbage: async () => sendCookie('session', 'a.b.c'),
      stateless: async () => {
        await createSession(owner, 'stateless')
      },
      database: async () => {
        await createSession(owner, 'database')
      },
      tampered: async () => {
        const token = await statelessToken()
        resetRequest()
        sendCookie('session', tamper(token, { strategy: 'stateless' }))
      },
      expired: async () => sendCookie('session', await expiredToken(owner.id)),
      'deleted row': async () => {
        await createSession(owner, 'database')
        await deleteSessionRow((await getSession())?.rowId ?? '', owner.id)
      },
    }

    const decisions: Record<string, [boolean, boolean]> = {}
    for (const [name, arrange] of Object.entries(scenarios)) {
      resetRequest()
      await arrange()
      const { signedIn } = await inspectRequest()
      decisions[name] = [signedIn, (await getSession()) !== null]
    }

    for (const [name, [signedIn, hasSession]] of Object.entries(decisions)) {
      expect(signedIn, name).toBe(hasSession)
    }
    expect(decisions.stateless).toEqual([true, true])
    expect(decisions.database).toEqual([true, true])
    expect(decisions.tampered).toEqual([false, false])
  })

  it('decides like getUser() for a valid stateless token whose user is not in the store', async () => {
    // Such a token outlives a reset store: it verifies, so getSession()
    // returns a session, but there is no one to sign in as.
    const token = await new SignJWT({
      strategy: 'stateless',
      userId: 'no-such-user',
      role: 'member',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET))
    sendCookie('session', token)

    const inspection = await inspectRequest()

    expect(summary(inspection).at(-1)).toBe('!user:missing')
    expect(inspection.signedIn).toBe(false)
    expect(await getUser()).toBeNull()
    expect(inspection.userRow).toBeNull()
  })
})
