import 'server-only'

import { redirect, unstable_rethrow } from 'next/navigation'
import { cache } from 'react'

import type { SessionStrategy } from './definitions'
import { getSession } from './session'
import { readSessionToken } from './session-cookie'
import type { Role } from './store-schema.mjs'
import { findUserById } from './users'

export const LOGIN_PATH = '/login'
// The proxy trusts a well-signed cookie; this tells it the session behind
// the cookie is gone, so it lets the visitor reach the login page.
const LOGIN_AFTER_EXPIRY = `${LOGIN_PATH}?expired=1`

export type CurrentUser = {
  id: string
  name: string
  email: string
  role: Role
  team: string | null
  strategy: SessionStrategy
}

// #region get-user
/**
 * The signed-in learner, or null. Cached for one render, so a header and
 * a demo asking in the same request read the cookie and store once. The
 * role comes from the store on every request, never from the token:
 * demoting someone takes effect on their next request.
 */
export const getUser = cache(async (): Promise<CurrentUser | null> => {
  try {
    const session = await getSession()
    if (!session) return null
    const user = await findUserById(session.userId)
    if (!user) return null
    // Name the fields: the row also holds the password hash.
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      team: user.team,
      strategy: session.strategy,
    }
  } catch (error) {
    // Next's own signals (a redirect, a prerender it stopped) pass through.
    unstable_rethrow(error)
    if (error instanceof Error && error.name === 'AbortError') throw error
    console.error('[dal] getUser: could not read the store', error)
    return null
  }
})
// #endregion get-user

// #region verify-session
/**
 * The secure check for pages and layouts: the signed-in user, or a
 * redirect to the login page. Route Handlers, and Server Actions that
 * answer with a message, use getUser() instead: an API caller needs a 401
 * and a form needs a refusal it can show, not a redirect.
 */
export const verifySession = cache(async (): Promise<CurrentUser> => {
  const user = await getUser()
  if (user) return user
  const hadCookie = (await readSessionToken()) !== undefined
  redirect(hadCookie ? LOGIN_AFTER_EXPIRY : LOGIN_PATH)
})
// #endregion verify-session
