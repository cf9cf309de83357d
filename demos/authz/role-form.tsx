'use client'

import { useActionState } from 'react'

import { setRole } from '@/app/actions/admin'
import { AfterSubmit } from '../shared/after-submit'

export function RoleForm({
  userId,
  name,
  role,
}: {
  userId: string
  name: string
  role: 'admin' | 'member'
}) {
  const [state, action, pending] = useActionState(setRole, undefined)
  const next = role === 'admin' ? 'member' : 'admin'
  return (
    <form action={action} className="inline-form">
      <AfterSubmit />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={next} />
      <button type="submit" className="button button-quiet" disabled={pending}>
        {name}: {next === 'admin' ? '관리자로 올리기' : '일반 사용자로 내리기'}
      </button>
      <span role="status">
        {state?.error ? (
          <span className="form-message"> {state.error}</span>
        ) : null}
        {state?.ok ? <span> {state.ok}</span> : null}
      </span>
    </form>
  )
}
