import { Suspense } from 'react'

import { PageCheck } from '@/demos/authz/page-check'

export default function PageA() {
  return (
    <main id="main">
      <h2>페이지 A</h2>
      <Suspense fallback={<p className="muted">페이지가 확인하는 중…</p>}>
        <PageCheck page="A" />
      </Suspense>
    </main>
  )
}
