'use client'

import { usePathname } from 'next/navigation'
import { useFormStatus } from 'react-dom'

import { logout } from '@/app/actions/auth'

function Submit() {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button button-quiet" disabled={pending}>
      {pending ? '로그아웃 중…' : '로그아웃'}
    </button>
  )
}

export function LogoutButton() {
  const pathname = usePathname()
  return (
    <form action={logout} className="inline-form">
      <input type="hidden" name="returnTo" value={pathname} />
      <Submit />
    </form>
  )
}
