'use client'

export default function ErrorPage({ reset }: { reset: () => void }) {
  return (
    <main id="main" className="home">
      <h1>문제가 생겼습니다</h1>
      <p>
        페이지를 그리는 중에 예상하지 못한 오류가 났습니다. 입력한 내용이나
        저장소는 바뀌지 않았습니다.
      </p>
      <button type="button" className="button" onClick={reset}>
        다시 시도
      </button>
    </main>
  )
}
