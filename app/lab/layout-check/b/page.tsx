import { Suspense } from 'react'

import { PageCheck } from '@/demos/authz/page-check'

export default function PageB() {
  return (
    <main id="main">
      <h2>페이지 B</h2>
      <Suspense fallback={<p className="muted">페이지가 확인하는 중…</p>}>
        <PageCheck page="B" />
      </Suspense>
    </main>
  )
}
