import { Suspense } from 'react'

import { Inspector } from '../inspector/inspector'
import { LogoutButton } from '../shared/logout-button'
import { NoScriptNote } from '../shared/no-script-note'
import { getUser } from '@/lib/dal'
import { SignupForm } from './signup-form'

// The form is part of the static page; only the learner's own account
// depends on the request, so only it waits behind Suspense.
export function SignupDemo() {
  return (
    <section
      id="signup-demo"
      className="demo"
      aria-labelledby="signup-demo-title"
    >
      <p className="demo-kicker">라이브 데모</p>
      <h3 id="signup-demo-title" className="demo-title">
        진짜 회원가입 양식
      </h3>
      <SignupForm />
      <NoScriptNote />
      <Suspense fallback={<p className="muted">로그인 상태를 확인하는 중…</p>}>
        <SignedInNote />
        <Inspector demo="signup-demo" />
      </Suspense>
    </section>
  )
}

async function SignedInNote() {
  const user = await getUser()
  if (!user) return null
  return (
    <div className="session-controls" data-testid="signed-in-note">
      <p>
        <strong>
          <bdi>{user.name}</bdi>
        </strong>{' '}
        님으로 로그인되어 있습니다. 다시 가입해 보려면 먼저 로그아웃하세요.
      </p>
      <LogoutButton />
    </div>
  )
}
