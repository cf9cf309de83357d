'use client'

/**
 * A render error, or a Server Action the server no longer knows: action
 * ids change with every build, so a tab opened before a rebuild and
 * restart posts ids the new server answers with 409. Trying again fetches
 * this page's segment anew; reloading starts the tab on the new build.
 */
export default function ErrorPage({ retry }: { retry: () => void }) {
  return (
    <main id="main" className="home">
      <h1>문제가 생겼습니다</h1>
      <p>
        이 페이지를 보여 주는 중에 예상하지 못한 오류가 났습니다. 그사이
        사이트가 새로 빌드되어 다시 시작되었다면, 이 탭은 예전 버전이라 서버와
        맞지 않습니다.
      </p>
      <p>
        다시 시도해도 그대로라면 새로고침하세요. 보내려던 양식은 새로고침한 뒤
        다시 입력해야 합니다.
      </p>
      <p className="error-actions">
        <button type="button" className="button" onClick={retry}>
          다시 시도
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => window.location.reload()}
        >
          새로고침
        </button>
      </p>
    </main>
  )
}
