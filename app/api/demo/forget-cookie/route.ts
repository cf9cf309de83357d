import { isSameOrigin } from '@/lib/same-origin.mjs'
import { deleteSessionCookie } from '@/lib/session-cookie'

/**
 * POST: drops this browser's session cookie without a page navigation, as
 * if the learner had logged out in another tab (the layout demo). Route
 * Handlers get no built-in cross-site check, so this one compares Origin.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return Response.json(
      { error: '다른 사이트의 요청입니다.' },
      { status: 403 },
    )
  }
  await deleteSessionCookie()
  return new Response(null, { status: 204 })
}
