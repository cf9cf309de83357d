import 'server-only'

import { headers } from 'next/headers'

export const SESSION_COOKIE = 'session'

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

// #region secure-flag
/**
 * A Secure cookie is never sent back over plain http, so marking it Secure
 * on http://<laptop>:3000 would sign everyone out at once. Only https
 * requests get it.
 */
export async function isHttpsRequest(): Promise<boolean> {
  const requestHeaders = await headers()
  const forwarded = requestHeaders.get('x-forwarded-proto')
  if (forwarded) return forwarded.split(',')[0]?.trim() === 'https'
  return requestHeaders.get('origin')?.startsWith('https://') ?? false
}
// #endregion secure-flag

export async function requestUserAgent(): Promise<string> {
  return (await headers()).get('user-agent') ?? ''
}
