import { NextResponse, type NextRequest } from 'next/server'

import { isSameOrigin } from '@/lib/same-origin.mjs'
import { decrypt, sessionCookieName } from '@/lib/session'
import { isHttps } from '@/lib/session-cookie'

// #region proxy-routes
// Prefixes: '/demo' protects '/demo/dashboard' and everything below it.
const PROTECTED_PREFIXES = ['/demo']
const SIGNED_OUT_ONLY = ['/login']
const HOME_WHEN_SIGNED_IN = '/demo/dashboard'
// #endregion proxy-routes

const matches = (path: string, prefix: string) =>
  path === prefix || path.startsWith(`${prefix}/`)

// #region proxy
/**
 * The optimistic check: it reads the cookie and verifies its signature,
 * nothing more. It never touches the store, so it cannot know whether a
 * database session was ended or a user demoted; the DAL checks that next
 * to the data, on every request, whatever happened here.
 */
export default async function proxy(request: NextRequest) {
  // A form posted from another site: Next would refuse it with a bare
  // 500; answer first, in Korean. (Same-site requests may omit Origin.)
  const isWrite = request.method !== 'GET' && request.method !== 'HEAD'
  if (isWrite && request.headers.has('origin') && !isSameOrigin(request)) {
    return new NextResponse('다른 사이트에서 보낸 요청은 받지 않습니다.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }

  // Paths are compared in lower case: '/DEMO' must not slip past '/demo'.
  const path = request.nextUrl.pathname.toLowerCase()
  const isProtected = PROTECTED_PREFIXES.some((p) => matches(path, p))
  const isSignedOutOnly = SIGNED_OUT_ONLY.some((p) => matches(path, p))
  if (!isProtected && !isSignedOutOnly) return NextResponse.next()

  // A redirect in answer to a Server Action POST breaks the client; those
  // requests go on, and the action checks the caller itself.
  if (isWrite) return NextResponse.next()

  const cookieName = sessionCookieName(isHttps(request.headers))
  const session = await decrypt(request.cookies.get(cookieName)?.value)
  if (isProtected && !session) {
    const login = new URL('/login', request.nextUrl)
    login.searchParams.set('next', request.nextUrl.pathname)
    return NextResponse.redirect(login)
  }
  // ?expired=1 comes from the DAL: the cookie is well signed but its
  // session is gone (ended elsewhere, account removed). Sending that
  // visitor back to the dashboard would loop forever.
  const expired = request.nextUrl.searchParams.has('expired')
  if (isSignedOutOnly && session && !expired) {
    return NextResponse.redirect(new URL(HOME_WHEN_SIGNED_IN, request.nextUrl))
  }
  return NextResponse.next()
}
// #endregion proxy

// #region proxy-matcher
// Not for API routes (they answer 401 themselves), Next's own files or
// static assets. The name must be `config`: any other is silently ignored.
export const config = {
  matcher: [
    '/((?!api|_next/static|_next/image|favicon\\.ico|icon\\.svg|.*\\.(?:png|jpg|jpeg|gif|webp|svg|ico|css|js|txt|map)$).*)',
  ],
}
// #endregion proxy-matcher
