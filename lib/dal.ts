import 'server-only'

import { unstable_rethrow } from 'next/navigation'
import { cache } from 'react'

import type { SessionStrategy } from './definitions'
import { getSession } from './session'
import { findUserById } from './users'

export type CurrentUser = {
  id: string
  name: string
  email: string
  strategy: SessionStrategy
}

// #region get-user
/**
 * The signed-in learner, or null. Cached for one render, so a header and
 * a demo asking in the same request read the cookie and store once.
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
