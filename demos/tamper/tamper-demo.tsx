import { decodeJwt } from 'jose'
import { cookies } from 'next/headers'
import { Suspense } from 'react'

import { restoreToken } from '@/app/actions/session-demo'
import { readSessionToken } from '@/lib/session-cookie'

import { DemoFrame } from '../shared/demo-frame'
import { Inspector } from '../inspector/inspector'
import { TamperForm } from './tamper-form'

const HERE = '/chapters/sessions#tamper-demo'

/** Change what the token says, keep its signature, and send it. */
export function TamperDemo() {
  return (
    <DemoFrame id="tamper-demo" title="토큰 변조해 보기">
      <Suspense fallback={<p className="muted">토큰을 읽는 중…</p>}>
        <TamperBody />
        <Inspector demo="tamper-demo" />
      </Suspense>
    </DemoFrame>
  )
}

async function TamperBody() {
  const cookieStore = await cookies()
  const token = await readSessionToken()
  const hasBackup = cookieStore.has('session-before-tamper')
  let payload = ''
  try {
    payload = token ? JSON.stringify(decodeJwt(token), null, 2) : ''
  } catch {
    payload = ''
  }
  return (
    <>
      {payload ? (
        <TamperForm payload={payload} returnTo={HERE} />
      ) : (
        <p className="muted">
          로그인하면 내 토큰의 페이로드가 여기에 나타납니다. 예를 들어{' '}
          <code>&quot;role&quot;: &quot;member&quot;</code>를{' '}
          <code>&quot;admin&quot;</code>으로 바꿔 보내 보세요.
        </p>
      )}
      {hasBackup ? (
        <form action={restoreToken}>
          <input type="hidden" name="returnTo" value={HERE} />
          <button type="submit" className="button button-quiet">
            변조하기 전 토큰으로 되돌리기
          </button>
        </form>
      ) : null}
    </>
  )
}
