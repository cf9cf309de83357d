import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SessionClaims, SessionPayload } from '@/lib/definitions'
import { decrypt, encrypt, SESSION_TTL_SECONDS } from '@/lib/session'

import { setEnv } from './helpers/env'

const SECRET = 'test-secret-of-at-least-32-bytes-0123456789'
const OTHER_SECRET = 'another-test-secret-also-32-bytes-or-more!!'
const SID = '0123456789abcdef0123456789abcdef'

const b64url = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url')
const fromB64url = (part: string | undefined): Record<string, unknown> =>
  JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'))

const nowSeconds = () => Math.floor(Date.now() / 1000)
const inSevenDays = () => new Date(Date.now() + SESSION_TTL_SECONDS * 1000)

const stateless = (userId: string): SessionClaims => ({
  strategy: 'stateless',
  userId,
  role: 'member',
})

/** The userId of a stateless payload; undefined for anything else. */
const userIdOf = (payload: SessionPayload | null) =>
  payload?.strategy === 'stateless' ? payload.userId : undefined

/** A token signed with HS256 and SECRET, with whatever claims are given. */
function signRaw(claims: Record<string, unknown>, secret = SECRET) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(secret))
}

let restoreEnv: () => void

beforeAll(() => {
  restoreEnv = setEnv({ SESSION_SECRET: SECRET })
})

afterAll(() => restoreEnv())

describe('session tokens', () => {
  it('lasts 7 days', () => {
    expect(SESSION_TTL_SECONDS).toBe(7 * 24 * 60 * 60)
  })

  it('round-trips the stateless claims, exp about now + 7 days, iat about now', async () => {
    const token = await encrypt(stateless('user-123'), inSevenDays())
    const payload = await decrypt(token)

    expect(userIdOf(payload)).toBe('user-123')
    expect(payload).toMatchObject({ strategy: 'stateless', role: 'member' })
    expect(Object.keys(payload ?? {}).sort()).toEqual([
      'exp',
      'iat',
      'role',
      'strategy',
      'userId',
    ])
    expect(
      Math.abs((payload?.exp ?? 0) - (nowSeconds() + SESSION_TTL_SECONDS)),
    ).toBeLessThanOrEqual(5)
    expect(Math.abs((payload?.iat ?? 0) - nowSeconds())).toBeLessThanOrEqual(5)
  })

  it('round-trips a database token, which carries the sid and no userId', async () => {
    const token = await encrypt(
      { strategy: 'database', sid: SID },
      inSevenDays(),
    )
    const payload = await decrypt(token)

    expect(payload?.strategy).toBe('database')
    expect(payload?.strategy === 'database' && payload.sid).toBe(SID)
    expect(Object.keys(payload ?? {}).sort()).toEqual([
      'exp',
      'iat',
      'sid',
      'strategy',
    ])
  })

  it('signs with HS256 and keeps the userId readable (signed, not encrypted)', async () => {
    const token = await encrypt(stateless('user-123'), inSevenDays())
    const [header, payload, signature] = token.split('.')
    expect(fromB64url(header)).toEqual({
      alg: 'HS256',
      kid: expect.stringMatching(/^[0-9a-f]{12}$/),
    })
    expect(fromB64url(payload).userId).toBe('user-123')
    expect(signature).toMatch(/^[\w-]{43}$/)
  })

  it('rejects a token whose payload was changed but whose signature was kept', async () => {
    const token = await encrypt(stateless('user-123'), inSevenDays())
    const [header, payload, signature] = token.split('.')
    const forged = [
      header,
      b64url({ ...fromB64url(payload), userId: 'admin-id', role: 'admin' }),
      signature,
    ].join('.')

    expect(forged).not.toBe(token)
    expect(await decrypt(forged)).toBeNull()
  })

  it('rejects a token signed with another secret', async () => {
    const foreign = await signRaw(
      {
        ...stateless('user-123'),
        iat: nowSeconds(),
        exp: nowSeconds() + 60,
      },
      OTHER_SECRET,
    )
    expect(await decrypt(foreign)).toBeNull()
  })

  it('rejects its own tokens once SESSION_SECRET changes', async () => {
    const token = await encrypt(stateless('user-123'), inSevenDays())
    const restore = setEnv({ SESSION_SECRET: OTHER_SECRET })
    try {
      expect(await decrypt(token)).toBeNull()
      expect(
        userIdOf(
          await decrypt(await encrypt(stateless('user-9'), inSevenDays())),
        ),
      ).toBe('user-9')
    } finally {
      restore()
    }
    expect(userIdOf(await decrypt(token))).toBe('user-123')
  })

  it('rejects an expired token', async () => {
    const token = await encrypt(
      stateless('user-123'),
      new Date(Date.now() - 60_000),
    )
    expect(await decrypt(token)).toBeNull()
  })

  it('rejects an unsigned alg "none" token', async () => {
    const payload = {
      ...stateless('user-123'),
      iat: nowSeconds(),
      exp: nowSeconds() + 60,
    }
    expect(
      await decrypt(`${b64url({ alg: 'none' })}.${b64url(payload)}.`),
    ).toBeNull()
    expect(
      await decrypt(
        `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}`,
      ),
    ).toBeNull()
  })

  it('rejects a token signed with HS384 or HS512 under the same secret', async () => {
    for (const alg of ['HS384', 'HS512']) {
      const token = await new SignJWT(stateless('user-123'))
        .setProtectedHeader({ alg })
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(SECRET))
      expect(await decrypt(token)).toBeNull()
    }
  })

  it('returns null for garbage, an empty string and undefined', async () => {
    expect(await decrypt('not-a-token')).toBeNull()
    expect(await decrypt('a.b.c')).toBeNull()
    expect(await decrypt('')).toBeNull()
    expect(await decrypt(undefined)).toBeNull()
  })

  it('rejects a validly signed stateless token whose payload lacks userId', async () => {
    const token = await signRaw({
      strategy: 'stateless',
      role: 'member',
      sub: 'user-123',
      iat: nowSeconds(),
      exp: nowSeconds() + 60,
    })
    expect(await decrypt(token)).toBeNull()
  })

  it('rejects a validly signed token with an empty or non-string userId', async () => {
    const claims = {
      strategy: 'stateless',
      role: 'member',
      iat: nowSeconds(),
      exp: nowSeconds() + 60,
    }
    expect(await decrypt(await signRaw({ ...claims, userId: '' }))).toBeNull()
    expect(await decrypt(await signRaw({ ...claims, userId: 42 }))).toBeNull()
  })

  it('rejects a validly signed token without a strategy, or with an unknown one', async () => {
    const times = { iat: nowSeconds(), exp: nowSeconds() + 60 }
    // The shape of the tokens before strategies existed.
    expect(
      await decrypt(await signRaw({ userId: 'user-123', ...times })),
    ).toBeNull()
    expect(
      await decrypt(
        await signRaw({ ...stateless('user-123'), strategy: 'jwt', ...times }),
      ),
    ).toBeNull()
  })

  it('rejects a validly signed stateless token with an unknown role', async () => {
    const token = await signRaw({
      ...stateless('user-123'),
      role: 'superuser',
      iat: nowSeconds(),
      exp: nowSeconds() + 60,
    })
    expect(await decrypt(token)).toBeNull()
  })

  it('rejects a validly signed database token whose sid is not 32 hex digits', async () => {
    const times = { iat: nowSeconds(), exp: nowSeconds() + 60 }
    for (const sid of ['', 'abc', SID.toUpperCase(), `${SID}0`, 42]) {
      expect(
        await decrypt(await signRaw({ strategy: 'database', sid, ...times })),
      ).toBeNull()
    }
    expect(
      await decrypt(await signRaw({ strategy: 'database', ...times })),
    ).toBeNull()
  })

  it('rejects a validly signed token without exp or without iat', async () => {
    expect(
      await decrypt(
        await signRaw({ ...stateless('user-123'), iat: nowSeconds() }),
      ),
    ).toBeNull()
    expect(
      await decrypt(
        await signRaw({ ...stateless('user-123'), exp: nowSeconds() + 60 }),
      ),
    ).toBeNull()
  })

  it('accepts any correctly signed HS256 token with the claims, iat and exp', async () => {
    // The control for the rejections above: signRaw itself is not the cause.
    const claims = {
      ...stateless('user-123'),
      iat: nowSeconds(),
      exp: nowSeconds() + 60,
    }
    expect(await decrypt(await signRaw(claims))).toEqual(claims)
    const database = {
      strategy: 'database',
      sid: SID,
      iat: nowSeconds(),
      exp: nowSeconds() + 60,
    }
    expect(await decrypt(await signRaw(database))).toEqual(database)
  })
})
