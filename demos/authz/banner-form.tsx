'use client'

import { useActionState } from 'react'

import { setBanner } from '@/app/actions/admin'
import { AfterSubmit } from '../shared/after-submit'

/** Shown to everyone on purpose: the action itself refuses non-admins. */
export function BannerForm({ current }: { current: string | null }) {
  const [state, action, pending] = useActionState(setBanner, undefined)
  return (
    <form action={action} className="demo-form">
      <AfterSubmit />
      <div className="field">
        <label htmlFor="banner-text">공지 문구 (관리자 전용 서버 액션)</label>
        <input
          id="banner-text"
          name="banner"
          maxLength={300}
          defaultValue={current ?? ''}
          aria-describedby="banner-result"
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        공지 바꾸기
      </button>
      <p id="banner-result" role="status" data-testid="banner-result">
        {state?.error ? (
          <span className="form-message">{state.error}</span>
        ) : (
          (state?.ok ?? '')
        )}
      </p>
    </form>
  )
}
