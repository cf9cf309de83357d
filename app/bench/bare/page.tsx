import type { Metadata } from 'next'

// The benchmark's baseline (npm run bench, docs/performance.md): a page of
// this app with the same root layout as a chapter but only text, so that
// the chapter's extra latency and JavaScript can be measured against it.
// Not linked from anywhere, and kept out of search engines.
export const metadata: Metadata = {
  title: '기준 페이지',
  robots: { index: false, follow: false },
}

export default function BarePage() {
  return (
    <main
      id="main"
      style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem' }}
    >
      <h1>기준 페이지</h1>
      <p>
        성능 측정에서 비교 기준으로 쓰는 페이지입니다. 글만 있고 데모도 코드도
        없습니다.
      </p>
    </main>
  )
}
