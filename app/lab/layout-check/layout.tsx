import Link from 'next/link'

import { ChapterLink } from '@/app/_site/chapter-link'
import { Suspense, type ReactNode } from 'react'

import { checkTime } from '@/demos/authz/check-time'
import { ForgetCookieButton } from '@/demos/authz/forget-cookie-button'
import { getUser } from '@/lib/dal'

// #region layout-check
/**
 * The pitfall, on purpose: a check in a layout. Navigating between a and b
 * re-renders only the page; this layout keeps what it showed at first.
 */
async function LayoutCheck() {
  const user = await getUser()
  const at = checkTime()
  return (
    <p className="callout" data-testid="layout-check">
      레이아웃의 확인 ({at}에 실행):{' '}
      {user ? `로그인됨 (${user.name})` : '로그인하지 않음'}
    </p>
  )
}
// #endregion layout-check

export default function LayoutCheckLayout({
  children,
}: {
  children: ReactNode
}) {
  return (
    <main id="main" className="home">
      <h1>레이아웃 함정 실험실</h1>
      <Suspense fallback={<p className="callout">레이아웃이 확인하는 중…</p>}>
        <LayoutCheck />
      </Suspense>
      <nav aria-label="실험 페이지" className="demo-nav">
        <Link href="/lab/layout-check/a">페이지 A</Link>
        <Link href="/lab/layout-check/b">페이지 B</Link>
        <ChapterLink href="/chapters/where-checks-live#layout-pitfall">
          6장으로 돌아가기
        </ChapterLink>
      </nav>
      <ForgetCookieButton />
      {children}
    </main>
  )
}
