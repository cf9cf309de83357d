import { getUser } from '@/lib/dal'
import { readStore } from '@/lib/store'
import { markInBrowser } from '@/lib/workshop/progress'

const noStore = { 'Cache-Control': 'no-store' }

// #region admin-route
/**
 * 401 when nobody is signed in, 403 for a signed-in member, 200 for an
 * admin. getUser() returns null instead of redirecting, which is what
 * makes the 401 branch reachable (the guide's verifySession() redirects
 * before its own `if (!session)` can ever run).
 */
export async function GET() {
  const user = await getUser()
  if (!user) {
    return Response.json(
      { error: '로그인이 필요합니다.' },
      { status: 401, headers: noStore },
    )
  }
  if (user.role !== 'admin') {
    await markInBrowser('admin-forbidden') // workshop mode
    return Response.json(
      { error: '관리자만 볼 수 있습니다.' },
      { status: 403, headers: noStore },
    )
  }

  const { users, sessions, settings } = await readStore()
  return Response.json(
    {
      users: users.length,
      learners: users.filter((u) => !u.persona).length,
      databaseSessions: sessions.length,
      banner: settings.banner,
    },
    { headers: noStore },
  )
}
// #endregion admin-route
