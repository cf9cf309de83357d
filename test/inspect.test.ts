import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'

import { resetRequest, sendCookie } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'
import {
  b64url,
  expiredToken,
  minjun,
  nowSeconds,
  OTHER_SECRET,
  SECRET,
  statelessToken,
  summary,
  tamper,
  user,
} from './helpers/inspect-tokens'

const { inspectRequest } = await import('@/lib/inspect')
const { getUser } = await import('@/lib/dal')
const { createSession, getSession } = await import('@/lib/session')
const { deleteSessionRow } = await import('@/lib/session-rows')

setUpFreshRequestAndStore(SECRET)

describe('inspectRequest: the checks and the verdict', () => {
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

  it('a valid database cookie: the row is checked between claims and user', async () => {
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

  it('a tampered payload: the signature check fails (bad-signature), signed out', async () => {
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

  it('decides like getUser() for a valid stateless token of a missing user', async () => {
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
