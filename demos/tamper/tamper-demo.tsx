import { decodeJwt } from 'jose'

import { restoreToken } from '@/app/actions/session-demo'
import { readSessionToken, readTamperBackup } from '@/lib/session-cookie'

import { Island } from '../islands/island'
import { DemoFrame } from '../shared/demo-frame'
import { Inspector } from '../inspector/inspector'
import { TamperForm } from './tamper-form'
import { AfterSubmit } from '../shared/after-submit'

const HERE = '/chapters/sessions#tamper-demo'

/** Change what the token says, keep its signature, and send it. */
export function TamperDemo() {
  return (
    <DemoFrame id="tamper-demo" title="토큰 변조해 보기">
      <Island
        panel="tamper-status"
        props={{}}
        fallback={<p className="muted">토큰을 읽는 중…</p>}
      />
    </DemoFrame>
  )
}

/** The island: the learner's own payload to edit, and the inspector. */
export function TamperStatus() {
  return (
    <>
      <TamperBody />
      <Inspector demo="tamper-demo" />
    </>
  )
}

async function TamperBody() {
  const token = await readSessionToken()
  const hasBackup = (await readTamperBackup()) !== undefined
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
          <AfterSubmit />
          <input type="hidden" name="returnTo" value={HERE} />
          <button type="submit" className="button button-quiet">
            변조하기 전 토큰으로 되돌리기
          </button>
        </form>
      ) : null}
    </>
  )
}
