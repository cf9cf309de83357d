'use client'

import { useActionState } from 'react'

import { sendTamperedToken } from '@/app/actions/session-demo'
import { AfterSubmit } from '../shared/after-submit'

export function TamperForm({
  payload,
  returnTo,
}: {
  payload: string
  returnTo: string
}) {
  const [state, action, pending] = useActionState(sendTamperedToken, undefined)
  return (
    <form action={action} className="demo-form">
      <AfterSubmit />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="field">
        <label htmlFor="tamper-payload">토큰의 페이로드 (고쳐 보세요)</label>
        <textarea
          id="tamper-payload"
          name="payload"
          rows={8}
          maxLength={2000}
          defaultValue={state?.value ?? payload}
          aria-invalid={state?.error ? true : undefined}
          aria-describedby={state?.error ? 'tamper-error' : undefined}
        />
        {state?.error ? (
          <p id="tamper-error" className="form-message" role="alert">
            {state.error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        서명은 그대로 두고 보내기
      </button>
    </form>
  )
}
