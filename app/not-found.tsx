import type { Metadata } from 'next'
import Link from 'next/link'

import { ChapterList } from './_site/chapter-list'

export const metadata: Metadata = {
  title: '페이지를 찾을 수 없습니다',
  robots: { index: false },
}

export default function NotFound() {
  return (
    <main id="main" className="home not-found">
      <h1>페이지를 찾을 수 없습니다</h1>
      <p>
        주소가 바뀌었거나 처음부터 없는 페이지입니다. 주소를 직접 입력했다면
        철자를 확인해 보세요. 장의 주소는 <code>/chapters/signup</code>처럼 영어
        소문자로 씁니다.
      </p>
      <h2>찾던 내용은 아마 이 중에 있습니다</h2>
      <ChapterList />
      <p>
        <Link href="/">첫 화면으로 가기</Link> ·{' '}
        <Link href="/login">로그인</Link>
      </p>
    </main>
  )
}
