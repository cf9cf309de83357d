'use client'

import { useState } from 'react'

type Result = { status: number; body: string }

/** Calls the admin Route Handler with this browser's cookie. */
export function RouteHandlerDemo() {
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)

  async function call() {
    setBusy(true)
    try {
      const response = await fetch('/api/admin/report', { cache: 'no-store' })
      const body = JSON.stringify(await response.json(), null, 2)
      setResult({ status: response.status, body })
    } catch {
      setResult({ status: 0, body: '요청을 보내지 못했습니다.' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="route-demo" data-testid="route-demo">
      <button type="button" className="button" onClick={call} disabled={busy}>
        GET /api/admin/report 보내기
      </button>
      {result ? (
        <div aria-live="polite">
          <p>
            상태 코드:{' '}
            <strong data-testid="route-status">{result.status}</strong>
          </p>
          <pre className="account-row">
            <code>{result.body}</code>
          </pre>
        </div>
      ) : null}
    </div>
  )
}
