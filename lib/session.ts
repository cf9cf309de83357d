import 'server-only'

import { jwtVerify, SignJWT } from 'jose'
import { io } from 'next/cache'
import { cookies, headers } from 'next/headers'

import { SessionPayloadSchema, type SessionPayload } from './definitions'
import { getSessionKey } from './secret'

export const SESSION_COOKIE = 'session'
export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60
const ALGORITHM = 'HS256'

// #region encrypt-decrypt
/** Signs, not encrypts: anyone holding the token can read its payload. */
export async function encrypt(userId: string, expiresAt: Date) {
  return new SignJWT({ userId })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(getSessionKey())
}

/** The verified payload, or null for a missing, forged or expired token. */
export async function decrypt(
  token: string | undefined,
): Promise<SessionPayload | null> {
  if (!token) return null
  try {
    const { payload } = await jwtVerify(token, getSessionKey(), {
      // Pinning the algorithm refuses 'none' and any key confusion.
      algorithms: [ALGORITHM],
      requiredClaims: ['exp', 'iat'],
    })
    const parsed = SessionPayloadSchema.safeParse(payload)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
// #endregion encrypt-decrypt

// #region create-session
export async function createSession(userId: string) {
  const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000)
  const token = await encrypt(userId, expiresAt)

  const cookieStore = await cookies()
  cookieStore.set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: await isHttpsRequest(),
    expires: expiresAt,
    sameSite: 'lax',
    path: '/',
  })
}
// #endregion create-session

// #region delete-session
export async function deleteSession() {
  const cookieStore = await cookies()
  cookieStore.delete(SESSION_COOKIE)
}
// #endregion delete-session

export async function getSession(): Promise<SessionPayload | null> {
  const cookieStore = await cookies()
  // Verifying reads the clock (exp); io() tells Next that this belongs to
  // the request, never to a prerendered page.
  await io()
  return decrypt(cookieStore.get(SESSION_COOKIE)?.value)
}

// #region secure-flag
/**
 * A Secure cookie is never sent back over plain http, so marking it Secure
 * on http://<laptop>:3000 would sign everyone out at once. Only https
 * requests get it.
 */
async function isHttpsRequest(): Promise<boolean> {
  const requestHeaders = await headers()
  const forwarded = requestHeaders.get('x-forwarded-proto')
  if (forwarded) return forwarded.split(',')[0]?.trim() === 'https'
  return requestHeaders.get('origin')?.startsWith('https://') ?? false
}
// #endregion secure-flag
