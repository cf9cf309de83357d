import 'server-only'

import { redirect } from 'next/navigation'
import { cache } from 'react'

import { getUser, verifySession, type CurrentUser } from '../dal'
import { findUserById } from '../users'

export const CONSOLE_PATH = '/workshop/console'
const NOT_INSTRUCTOR = '/workshop?denied=1'

// #region instructor-dal
/**
 * The console's secure check, beside the data it guards: the flag comes
 * from the store on every request, whatever the proxy or the
 * token says. Route Handlers and Server Actions use getInstructor() and
 * answer 401/403 or a refusal; pages use requireInstructor().
 */
export const getInstructor = cache(async (): Promise<CurrentUser | null> => {
  const user = await getUser()
  if (!user) return null
  const row = await findUserById(user.id)
  return row?.instructor === true ? user : null
})

export async function requireInstructor(): Promise<CurrentUser> {
  await verifySession() // signed out: to the login page
  const instructor = await getInstructor()
  if (!instructor) redirect(NOT_INSTRUCTOR)
  return instructor
}
// #endregion instructor-dal

/** 401 signed out, 403 signed in as anyone else, null for the instructor. */
export async function refuseUnlessInstructor(): Promise<Response | null> {
  const user = await getUser()
  const headers = { 'Cache-Control': 'no-store' }
  if (!user) {
    return Response.json(
      { error: '로그인이 필요합니다.' },
      { status: 401, headers },
    )
  }
  if (!(await getInstructor())) {
    return Response.json(
      { error: '강사만 쓸 수 있습니다.' },
      { status: 403, headers },
    )
  }
  return null
}
