'use client'

import { usePathname } from 'next/navigation'
import { useFormStatus } from 'react-dom'

import { logout } from '@/app/actions/auth'
import { AfterSubmit } from './after-submit'

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button button-quiet" disabled={pending}>
      {pending ? '로그아웃 중…' : '로그아웃'}
    </button>
  )
}

/** Logs out and comes back to `returnTo`, or to the current page. */
export function LogoutButton({ returnTo }: { returnTo?: string }) {
  const pathname = usePathname()
  return (
    <form action={logout} className="inline-form">
      <AfterSubmit />
      <input type="hidden" name="returnTo" value={returnTo ?? pathname} />
      <Submit />
    </form>
  )
}
