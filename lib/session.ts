// #region session-imports
import 'server-only'

import { jwtVerify, SignJWT } from 'jose'
import { io } from 'next/cache'
// #endregion session-imports

import {
  SessionClaimsSchema,
  SessionPayloadSchema,
  type SessionClaims,
  type SessionPayload,
  type SessionStrategy,
} from './definitions'
import { getSessionKeys, verificationKey } from './secret'
import {
  deleteSessionCookie,
  HOST_SESSION_COOKIE,
  readSessionToken,
  requestUserAgent,
  SESSION_COOKIE,
  sessionCookieName,
  writeSessionCookie,
} from './session-cookie'
import {
  deleteSessionRow,
  extendSessionRow,
  findSessionRow,
  insertSessionRow,
  newSessionId,
  touchSessionRow,
} from './session-rows'
import type { Role } from './store-schema.mjs'
import { recordStep } from './trace'

export { HOST_SESSION_COOKIE, SESSION_COOKIE, sessionCookieName }
export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60
export const ALGORITHM = 'HS256'

// #region encrypt-decrypt
// A token may be a few seconds early or late against this server's clock;
// anything more is refused.
export const CLOCK_TOLERANCE_SECONDS = 5

/** Signs, not encrypts: anyone holding the token can read its payload. */
export async function encrypt(claims: SessionClaims, expiresAt: Date) {
  const { kid, key } = getSessionKeys().current
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, kid })
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(key)
}

/**
 * Signature, algorithm and time claims, or one of jose's errors. The key is
 * the one the token's `kid` names: the current secret or, after a
 * rotation, the previous one.
 */
export function verifyToken(token: string) {
  return jwtVerify(token, (header) => verificationKey(header.kid), {
    // Pinning the algorithm refuses 'none' and any key confusion.
    algorithms: [ALGORITHM],
    requiredClaims: ['exp', 'iat'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    // Also refuses an iat in the future and any token older than a session
    // can live, whatever its exp says.
    maxTokenAge: SESSION_TTL_SECONDS,
  })
}

/** The verified payload, or null for a missing, forged or expired token. */
export async function decrypt(
  token: string | undefined,
): Promise<SessionPayload | null> {
  if (!token) return null
  try {
    const { payload } = await verifyToken(token)
    const parsed = SessionPayloadSchema.safeParse(payload)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
// #endregion encrypt-decrypt

export type ActiveSession = {
  strategy: SessionStrategy
  userId: string
  expiresAt: Date
  /** Database sessions only: the store row's id (a hash of the sid). */
  rowId?: string
}

// #region resolve-session
/**
 * A verified token becomes a session. A stateless token is enough on its
 * own; a database token is only as good as its row, so a deleted or
 * expired row means signed out, whatever the cookie says.
 */
async function resolveSession(
  payload: SessionPayload,
): Promise<ActiveSession | null> {
  if (payload.strategy === 'stateless') {
    return {
      strategy: 'stateless',
      userId: payload.userId,
      expiresAt: new Date(payload.exp * 1000),
    }
  }
  const row = await findSessionRow(payload.sid)
  if (!row) return null
  await touchSessionRow(row)
  return {
    strategy: 'database',
    userId: row.userId,
    expiresAt: new Date(row.expiresAt),
    rowId: row.id,
  }
}
// #endregion resolve-session

// #region create-session
export async function createSession(
  user: { id: string; role: Role },
  strategy: SessionStrategy = 'stateless',
) {
  // A session that arrived before this login is never carried over.
  await endCurrentSession()
  const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000)

  let claims: SessionClaims
  if (strategy === 'database') {
    const sid = newSessionId()
    await insertSessionRow(sid, user.id, expiresAt, await requestUserAgent())
    claims = { strategy, sid }
  } else {
    claims = { strategy, userId: user.id, role: user.role }
  }

  const token = await encrypt(claims, expiresAt)
  await writeSessionCookie(token, expiresAt)
  recordStep({ step: 'session', ok: true, detail: strategy })
}
// #endregion create-session

// #region update-session
/**
 * Sliding expiry: a new token with a new exp (a later cookie date alone
 * would not extend the token), and for a database session a later row
 * expiry, the same instant in both. Only where cookies may be written:
 * a Server Action, a Route Handler or the proxy.
 */
export async function updateSession(): Promise<Date | null> {
  const payload = await decrypt(await readSessionToken())
  if (!payload) {
    recordStep({ step: 'refresh', ok: false, detail: 'no-valid-token' })
    return null
  }

  const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000)
  // One store write: extending the row is also the check that it is live.
  if (
    payload.strategy === 'database' &&
    !(await extendSessionRow(payload.sid, expiresAt))
  ) {
    recordStep({ step: 'refresh', ok: false, detail: 'no-session-row' })
    return null
  }
  const claims = SessionClaimsSchema.parse(payload) // drops iat and exp
  await writeSessionCookie(await encrypt(claims, expiresAt), expiresAt)
  recordStep({ step: 'refresh', ok: true, detail: payload.strategy })
  return expiresAt
}
// #endregion update-session

// #region delete-session
export async function deleteSession() {
  try {
    await endCurrentSession()
  } catch (error) {
    // The store refused (a full or read-only disk): the row stays until
    // it expires, but this browser is signed out all the same.
    console.error('[session] logout: could not delete the session row', error)
  }
  await deleteSessionCookie()
  recordStep({ step: 'logout', ok: true, detail: 'cookie-deleted' })
}

/** Deletes the store row behind the current cookie, if it has one. */
async function endCurrentSession() {
  const payload = await decrypt(await readSessionToken())
  if (payload?.strategy !== 'database') return
  const row = await findSessionRow(payload.sid)
  if (row && (await deleteSessionRow(row.id, row.userId))) {
    recordStep({ step: 'session-end', ok: true, detail: 'row-deleted' })
  }
}
// #endregion delete-session

// #region get-session
/** The current session, checked against the store; null when signed out. */
export async function getSession(): Promise<ActiveSession | null> {
  const token = await readSessionToken()
  // Verifying reads the clock (exp); io() tells Next that this belongs to
  // the request, never to a prerendered page.
  await io()
  const payload = await decrypt(token)
  return payload ? resolveSession(payload) : null
}
// #endregion get-session
