import 'server-only'

import { decodeJwt, decodeProtectedHeader, errors } from 'jose'
import { io } from 'next/cache'

import { SessionPayloadSchema } from './definitions'
import { shortenHash } from './password'
import { getSession, verifyToken } from './session'
import {
  cookieExpiryFromExp,
  isHttpsRequest,
  readSessionToken,
  sessionCookieName,
  sessionCookieOptions,
} from './session-cookie'
import { findSessionRow, listSessionRows } from './session-rows'
import { findUserById } from './users'

export type CheckName =
  'cookie' | 'format' | 'signature' | 'expiry' | 'claims' | 'row' | 'user'

export type Check = { name: CheckName; ok: boolean; reason: string }

/**
 * Everything the request inspector shows, for the learner's own request.
 * It re-runs the checks of decrypt() one at a time to say which one failed;
 * the decision itself comes from the real getSession().
 */
export async function inspectRequest() {
  const token = await readSessionToken()
  // Verifying reads the clock: this belongs to the request (see getSession).
  await io()
  const checks: Check[] = []
  const add = (name: CheckName, ok: boolean, reason: string) => {
    checks.push({ name, ok, reason })
    return ok
  }

  const decoded = token ? decode(token) : null
  if (add('cookie', Boolean(token), token ? 'present' : 'absent') && token) {
    if (add('format', decoded !== null, decoded ? 'jwt' : 'not-a-jwt')) {
      const verdict = await verifyStepwise(token)
      add(
        'signature',
        verdict !== 'bad-signature' && verdict !== 'bad-alg',
        verdict,
      )
      if (verdict !== 'bad-signature' && verdict !== 'bad-alg') {
        add(
          'expiry',
          verdict !== 'expired',
          verdict === 'expired' ? 'expired' : 'live',
        )
      }
      if (verdict === 'ok') await checkClaims(token, add)
      if (verdict === 'bad-claims') add('claims', false, 'bad-shape')
    }
  }

  const session = await getSession()
  const user = session ? await findUserById(session.userId) : undefined
  const sessions = session ? await listSessionRows(session.userId) : []
  // A forged exp can be any number; one past year 275760 is no date at all.
  const rawExp = decoded?.payload.exp
  const exp =
    typeof rawExp === 'number' &&
    Number.isFinite(new Date(rawExp * 1000).getTime())
      ? rawExp
      : undefined
  const cookieExpiry = cookieExpiryFromExp(exp)

  return {
    signedIn: Boolean(session && user),
    strategy: session?.strategy ?? null,
    checks,
    token: token
      ? { raw: token, bytes: Buffer.byteLength(token), ...decoded }
      : null,
    secondsLeft:
      typeof exp === 'number' ? Math.round(exp - Date.now() / 1000) : null,
    cookie: {
      name: sessionCookieName(await isHttpsRequest()),
      ...sessionCookieOptions(
        cookieExpiry.at ?? new Date(0),
        await isHttpsRequest(),
      ),
      // The browser never sends a cookie's expiry back: this is what the
      // server set it to, by the same rule as the demos that plant one.
      expires: cookieExpiry.at,
      plantedBecause: cookieExpiry.plantedBecause,
    },
    userRow: user
      ? {
          id: user.id,
          name: user.name,
          email: user.email,
          passwordHash: shortenHash(user.passwordHash),
          role: user.role,
        }
      : null,
    sessionRows: sessions.map((row) => ({
      id: row.id,
      shortId: `${row.id.slice(0, 8)}…`,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      expiresAt: row.expiresAt,
      userAgent: row.userAgent,
      current: row.id === session?.rowId,
    })),
  }
}

export type Inspection = Awaited<ReturnType<typeof inspectRequest>>

function decode(token: string) {
  try {
    return { header: decodeProtectedHeader(token), payload: decodeJwt(token) }
  } catch {
    return null
  }
}

type Verdict = 'ok' | 'bad-signature' | 'bad-alg' | 'expired' | 'bad-claims'

async function verifyStepwise(token: string): Promise<Verdict> {
  try {
    await verifyToken(token)
    return 'ok'
  } catch (error) {
    if (error instanceof errors.JWTExpired) return 'expired'
    if (error instanceof errors.JOSEAlgNotAllowed) return 'bad-alg'
    if (error instanceof errors.JWTClaimValidationFailed) return 'bad-claims'
    return 'bad-signature'
  }
}

async function checkClaims(
  token: string,
  add: (name: CheckName, ok: boolean, reason: string) => boolean,
) {
  const parsed = SessionPayloadSchema.safeParse(decodeJwt(token))
  if (!parsed.success) {
    add('claims', false, 'bad-shape')
    return
  }
  add('claims', true, 'ok')
  const payload = parsed.data
  let userId = payload.strategy === 'stateless' ? payload.userId : null
  if (payload.strategy === 'database') {
    const row = await findSessionRow(payload.sid)
    if (!add('row', row !== null, row ? 'found' : 'missing')) return
    userId = row?.userId ?? null
  }
  const user = userId ? await findUserById(userId) : undefined
  add('user', Boolean(user), user ? 'found' : 'missing')
}
