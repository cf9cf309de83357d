import type { Metadata } from 'next'
import { Suspense } from 'react'

import { Dashboard } from '@/demos/authz/dashboard'

export const metadata: Metadata = {
  title: '대시보드',
  alternates: { canonical: '/demo/dashboard' },
}

export default function DashboardPage() {
  return (
    <main id="main">
      <h1>대시보드</h1>
      <Suspense fallback={<p className="muted">권한을 확인하는 중…</p>}>
        <Dashboard />
      </Suspense>
    </main>
  )
}
