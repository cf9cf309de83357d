'use client'

import { useState } from 'react'

/** Drops the session cookie without navigating, like a logout elsewhere. */
export function ForgetCookieButton() {
  const [done, setDone] = useState(false)
  return (
    <p>
      <button
        type="button"
        className="button button-quiet"
        onClick={async () => {
          const response = await fetch('/api/demo/forget-cookie', {
            method: 'POST',
          })
          setDone(response.ok)
        }}
      >
        세션 쿠키만 지우기 (다른 탭에서 로그아웃한 셈)
      </button>{' '}
      {done ? (
        <span role="status">
          지웠습니다. 이제 페이지를 새로 고치지 말고 위의 다른 페이지 링크를
          눌러 보세요.
        </span>
      ) : null}
    </p>
  )
}
