import { getUser } from '@/lib/dal'

// #region session-route
/**
 * GET /api/session: the caller's session as JSON. A Route Handler cannot
 * redirect a script to a login page, so a missing, forged, expired or
 * ended session is a plain 401.
 */
export async function GET() {
  // getUser, not getSession: a well-signed token whose user is gone is
  // no session either.
  const user = await getUser()
  if (!user) {
    return Response.json(
      { error: '로그인이 필요합니다.' },
      { status: 401, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  return Response.json(
    {
      strategy: user.strategy,
      userId: user.id,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
// #endregion session-route
