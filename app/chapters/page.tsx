import type { Metadata } from 'next'
import Link from 'next/link'

import { ChapterList } from '@/app/_site/chapter-list'
import { socialMetadata } from '@/app/_site/social'

const DESCRIPTION = '이 실습서의 모든 장과 각 장에서 배우는 것'

export const metadata: Metadata = {
  title: '장 목록',
  description: DESCRIPTION,
  ...socialMetadata({
    path: '/chapters',
    title: '장 목록',
    description: DESCRIPTION,
    image: 'home',
  }),
}

/** /chapters, an address people type by hand: the list, not a 404. */
export default function ChaptersPage() {
  return (
    <main id="main" className="home">
      <h1>장 목록</h1>
      <p>
        1장부터 차례로 읽으면 됩니다. 앞 장에서 만든 계정과 세션을 뒤 장에서
        그대로 씁니다.
      </p>
      <ChapterList />
      <p>
        <Link href="/">첫 화면으로 가기</Link>
      </p>
    </main>
  )
}
