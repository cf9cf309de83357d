import { getSession } from '@/lib/session'

// #region session-route
/**
 * GET /api/session: the caller's session as JSON. A Route Handler cannot
 * redirect a script to a login page, so a missing, forged, expired or
 * ended session is a plain 401.
 */
export async function GET() {
  const session = await getSession()
  if (!session) {
    return Response.json(
      { error: '로그인이 필요합니다.' },
      { status: 401, headers: { 'Cache-Control': 'no-store' } },
    )
  }
  return Response.json(
    {
      strategy: session.strategy,
      userId: session.userId,
      expiresAt: session.expiresAt.toISOString(),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
// #endregion session-route
