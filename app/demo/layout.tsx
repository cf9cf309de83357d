import Link from 'next/link'

import { ChapterLink } from '@/app/_site/chapter-link'
import type { ReactNode } from 'react'

// No session check here on purpose: a layout does not run again when the
// learner navigates between its pages (chapter 6). Each page checks.
export default function DemoLayout({ children }: { children: ReactNode }) {
  return (
    <div className="home">
      <nav aria-label="실습 영역" className="demo-nav">
        <Link href="/demo/dashboard">대시보드</Link>
        <ChapterLink href="/chapters/proxy">4장으로 돌아가기</ChapterLink>
      </nav>
      {children}
    </div>
  )
}
