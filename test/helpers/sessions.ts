import { createHash } from 'node:crypto'

import { decrypt, createSession } from '@/lib/session'
import { findUserByEmail } from '@/lib/users'

import { request } from './next-request'

// Shared by the session strategy tests.
export const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex')

/** The session cookie as the action left it, with typed options. */
export function sessionCookie(name = 'session') {
  const cookie = request.jar.get(name)
  if (!cookie) throw new Error('no session cookie in the jar')
  const { value, options } = cookie
  return { value, options, expires: options.expires as Date }
}

export async function minjun() {
  const user = await findUserByEmail('minjun@example.com')
  if (!user) throw new Error('the seeded store has no minjun')
  return user
}

export async function sidOf(token: string) {
  const payload = await decrypt(token)
  if (payload?.strategy !== 'database') throw new Error('not a database token')
  return payload.sid
}

/** Logs minjun in with a database session; returns the token and row id. */
export async function databaseLogin() {
  const user = await minjun()
  await createSession(user, 'database')
  const token = sessionCookie().value
  return { user, token, rowId: sha256(await sidOf(token)) }
}
