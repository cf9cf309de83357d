import { SignJWT } from 'jose'

import type { Inspection } from '@/lib/inspect'
import { createSession } from '@/lib/session'
import { findUserByEmail } from '@/lib/users'

import { request } from './next-request'
import { TEST_SECRET } from './setup'

// Shared by the request inspector's tests: tokens good, forged and expired.
export const SECRET = TEST_SECRET
export const OTHER_SECRET = 'another-unit-test-secret-also-over-32-bytes'

export const b64url = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url')
export const nowSeconds = () => Math.floor(Date.now() / 1000)

/** 'name:reason' for each check, in order; '!' marks a failed one. */
export const summary = (inspection: Inspection) =>
  inspection.checks.map(
    (check) => `${check.ok ? '' : '!'}${check.name}:${check.reason}`,
  )

export async function user(email: string) {
  const found = await findUserByEmail(email)
  if (!found) throw new Error(`the seeded store has no ${email}`)
  return found
}

export const minjun = () => user('minjun@example.com')

function sessionToken() {
  const token = (
    request.jar.get('session') ?? request.jar.get('__Host-session')
  )?.value
  if (!token) throw new Error('no session cookie')
  return token
}

export async function statelessToken() {
  await createSession(await minjun(), 'stateless')
  return sessionToken()
}

/** The token with its payload replaced and its signature kept. */
export function tamper(token: string, claims: Record<string, unknown>) {
  const [header, , signature] = token.split('.')
  return `${header}.${b64url(claims)}.${signature}`
}

/** A correctly signed token whose exp passed a minute ago. */
export async function expiredToken(userId: string, secret = SECRET) {
  const iat = nowSeconds() - 3600
  return new SignJWT({ strategy: 'stateless', userId, role: 'member' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(iat)
    .setExpirationTime(nowSeconds() - 60)
    .sign(new TextEncoder().encode(secret))
}
