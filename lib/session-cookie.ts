import 'server-only'

import { cookies, headers } from 'next/headers'

// #region cookie-name
// Over https the cookie is named `__Host-session`: a browser accepts that
// name only from a secure page, with Path=/ and no Domain, so neither a
// sibling subdomain nor a plain-http page can plant or overwrite it. Over
// plain http (a laptop in a workshop) no prefix is possible: `session`.
export const SESSION_COOKIE = 'session'
export const HOST_SESSION_COOKIE = '__Host-session'

export function sessionCookieName(https: boolean): string {
  return https ? HOST_SESSION_COOKIE : SESSION_COOKIE
}
// #endregion cookie-name

// #region cookie-options
/**
 * The one place the session cookie's attributes are decided: createSession
 * sets them and the inspector shows them.
 */
export function sessionCookieOptions(expiresAt: Date, secure: boolean) {
  return {
    httpOnly: true, // page scripts cannot read it
    secure, // sent over https only, when the site is on https
    expires: expiresAt, // the same instant as the token's exp
    sameSite: 'lax' as const, // not sent on cross-site POSTs
    path: '/',
  }
}
// #endregion cookie-options

// Browsers keep a cookie 400 days at most, and a hand-made token's exp may
// be any number: past that, or with no exp at all, the demos that plant a
// token give its cookie an hour.
const COOKIE_MAX_AGE_MS = 400 * 86_400_000
export const PLANTED_COOKIE_MS = 60 * 60 * 1000

export type CookieExpiry =
  | { at: Date; plantedBecause: null }
  | { at: null; plantedBecause: 'no-exp' | 'past' | 'too-far' }

/**
 * The cookie expiry a token's exp gives, or why it cannot give one (the
 * cookie then gets PLANTED_COOKIE_MS from when it is planted).
 */
export function cookieExpiryFromExp(
  exp: unknown,
  now = Date.now(),
): CookieExpiry {
  if (typeof exp !== 'number') return { at: null, plantedBecause: 'no-exp' }
  const at = exp * 1000
  if (at <= now) return { at: null, plantedBecause: 'past' }
  if (at >= now + COOKIE_MAX_AGE_MS) {
    return { at: null, plantedBecause: 'too-far' }
  }
  return { at: new Date(at), plantedBecause: null }
}

// #region secure-flag
/**
 * A Secure cookie is never sent back over plain http, so marking it Secure
 * on http://<laptop>:3000 would sign everyone out at once. Only https
 * requests get it. (`npm start` drops X-Forwarded-Proto unless it comes
 * from a proxy named in TRUST_PROXY.)
 */
export function isHttps(requestHeaders: Headers): boolean {
  const forwarded = requestHeaders.get('x-forwarded-proto')
  if (forwarded) return forwarded.split(',')[0]?.trim() === 'https'
  return requestHeaders.get('origin')?.startsWith('https://') ?? false
}
// #endregion secure-flag

export async function isHttpsRequest(): Promise<boolean> {
  return isHttps(await headers())
}

/** This request's session token, under the name its protocol uses. */
export async function readSessionToken(): Promise<string | undefined> {
  const name = sessionCookieName(await isHttpsRequest())
  return (await cookies()).get(name)?.value
}

/** Sets the session cookie: name and attributes follow the protocol. */
export async function writeSessionCookie(token: string, expiresAt: Date) {
  const https = await isHttpsRequest()
  ;(await cookies()).set(
    sessionCookieName(https),
    token,
    sessionCookieOptions(expiresAt, https),
  )
}

export async function deleteSessionCookie() {
  const name = sessionCookieName(await isHttpsRequest())
  ;(await cookies()).delete(name)
}

export async function requestUserAgent(): Promise<string> {
  return (await headers()).get('user-agent') ?? ''
}

// The tamper demo keeps the learner's real token aside while a forged one
// is tried. It is a session token too, so it follows the same rules: the
// `__Host-` name and Secure over https, so no http page can plant one.
const TAMPER_BACKUP = 'session-before-tamper'

function tamperBackupName(https: boolean): string {
  return https ? `__Host-${TAMPER_BACKUP}` : TAMPER_BACKUP
}

export async function writeTamperBackup(token: string) {
  const https = await isHttpsRequest()
  const expiresAt = new Date(Date.now() + 30 * 60 * 1000)
  ;(await cookies()).set(
    tamperBackupName(https),
    token,
    sessionCookieOptions(expiresAt, https),
  )
}

export async function readTamperBackup(): Promise<string | undefined> {
  const name = tamperBackupName(await isHttpsRequest())
  return (await cookies()).get(name)?.value
}

export async function deleteTamperBackup() {
  const name = tamperBackupName(await isHttpsRequest())
  ;(await cookies()).delete(name)
}
