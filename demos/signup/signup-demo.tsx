import { getUser } from '@/lib/dal'

import { Island } from '../islands/island'
import { DemoFrame } from '../shared/demo-frame'
import { Inspector } from '../inspector/inspector'
import { LogoutButton } from '../shared/logout-button'
import { NoScriptNote } from '../shared/no-script-note'
import { SignupForm } from './signup-form'

// #region signup-demo-island
// The form is part of the static page; only the learner's own account
// depends on the request, so only it loads after mount (an island).
export function SignupDemo() {
  return (
    <DemoFrame id="signup-demo" title="진짜 회원가입 양식">
      <SignupForm />
      <NoScriptNote />
      <Island
        panel="signup-status"
        props={{}}
        fallback={<p className="muted">로그인 상태를 확인하는 중…</p>}
      />
    </DemoFrame>
  )
}

// #endregion signup-demo-island

/** The island: who is signed in, and the inspector. */
export function SignupStatus() {
  return (
    <>
      <SignedInNote />
      <Inspector demo="signup-demo" />
    </>
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
        님으로 로그인되어 있습니다. 이대로 가입하면 새 계정으로 로그인이
        바뀝니다. 처음 온 사람처럼 해 보려면 로그아웃하세요.
      </p>
      {/* Back to this demo, not to the top of the chapter. */}
      <LogoutButton returnTo="/chapters/signup#signup-demo" />
    </div>
  )
}
