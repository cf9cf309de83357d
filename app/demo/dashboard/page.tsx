import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense } from 'react'

import { Dashboard } from '@/demos/authz/dashboard'
import { CONSOLE_PATH, getInstructor } from '@/lib/workshop/instructor'

export const metadata: Metadata = {
  title: '대시보드',
  alternates: { canonical: '/demo/dashboard' },
}

export default function DashboardPage() {
  return (
    <main id="main">
      <h1>대시보드</h1>
      <Suspense fallback={<p className="muted">권한을 확인하는 중…</p>}>
        <ConsoleLink />
        <Dashboard />
      </Suspense>
    </main>
  )
}

/** The login page lands everyone here; the instructor wants the console. */
async function ConsoleLink() {
  if (!(await getInstructor())) return null
  return (
    <p className="callout" data-testid="console-link">
      강사 계정입니다. <Link href={CONSOLE_PATH}>워크숍 콘솔로 가기</Link>
    </p>
  )
}
