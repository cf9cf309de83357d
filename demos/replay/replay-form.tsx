'use client'

import { useActionState } from 'react'

import { replayToken } from '@/app/actions/session-demo'
import { AfterSubmit } from '../shared/after-submit'

/** Paste a copied token and send it as the session cookie. */
export function ReplayForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState(replayToken, undefined)
  return (
    <form action={action} className="demo-form">
      <AfterSubmit />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="field">
        <label htmlFor="replay-token">복사해 둔 토큰</label>
        <textarea
          id="replay-token"
          name="token"
          rows={4}
          maxLength={3800}
          spellCheck={false}
          defaultValue={state?.value}
          aria-invalid={state?.error ? true : undefined}
          aria-describedby={state?.error ? 'replay-error' : undefined}
        />
        {state?.error ? (
          <p id="replay-error" className="form-message" role="alert">
            {state.error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        이 토큰을 세션 쿠키로 보내기
      </button>
    </form>
  )
}
