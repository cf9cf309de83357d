import Link from 'next/link'

export default function NotFound() {
  return (
    <main id="main" className="home">
      <h1>페이지를 찾을 수 없습니다</h1>
      <p>주소가 바뀌었거나 없는 장입니다. 처음부터 다시 찾아보세요.</p>
      <p>
        <Link href="/">장 목록으로 가기</Link>
      </p>
    </main>
  )
}
