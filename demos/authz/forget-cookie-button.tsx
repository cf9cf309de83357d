'use client'

import { useState } from 'react'

/** Drops the session cookie without navigating, like a logout elsewhere. */
export function ForgetCookieButton() {
  const [done, setDone] = useState<boolean | null>(null)
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
      <span role="status">
        {done === true
          ? '지웠습니다. 이제 페이지를 새로 고치지 말고 위의 다른 페이지 링크를 눌러 보세요.'
          : done === false
            ? '쿠키를 지우지 못했습니다. 페이지를 새로 고친 뒤 다시 눌러 보세요.'
            : null}
      </span>
    </p>
  )
}
