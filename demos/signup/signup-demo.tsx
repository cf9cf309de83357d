import { Suspense } from 'react'

import { MyAccount } from './my-account'
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
      <div className="demo-account">
        <h4>내 계정</h4>
        <Suspense
          fallback={<p className="muted">로그인 상태를 확인하는 중…</p>}
        >
          <MyAccount />
        </Suspense>
      </div>
    </section>
  )
}
