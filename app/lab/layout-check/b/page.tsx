import type { Metadata } from 'next'
import { Suspense } from 'react'

import { PageCheck } from '@/demos/authz/page-check'

export const metadata: Metadata = {
  alternates: { canonical: '/lab/layout-check/b' },
}

export default function PageB() {
  return (
    <section aria-labelledby="lab-page-title">
      <h2 id="lab-page-title">페이지 B</h2>
      <Suspense fallback={<p className="muted">페이지가 확인하는 중…</p>}>
        <PageCheck page="B" />
      </Suspense>
    </section>
  )
}
