import { DemoFrame } from '../shared/demo-frame'
import { Island } from '../islands/island'
import { ReplayForm } from './replay-form'

/** Copy, log out, replay: what a stolen token is worth. */
export function ReplayDemo({ anchor = 'replay-demo', chapter = 'sessions' }) {
  const here = `/chapters/${chapter}#${anchor}`
  return (
    <DemoFrame id={anchor} title="로그아웃한 뒤 토큰 다시 보내기">
      <ol>
        <li>로그인한 뒤 아래 패널에서 &lsquo;토큰 복사&rsquo;를 누릅니다.</li>
        <li>로그아웃합니다.</li>
        <li>복사한 토큰을 붙여 넣어 보냅니다. 서버는 뭐라고 판단할까요?</li>
      </ol>
      <ReplayForm returnTo={here} />
      <Island
        panel="inspector"
        props={{ demo: anchor }}
        fallback={<p className="muted">세션을 확인하는 중…</p>}
      />
    </DemoFrame>
  )
}
