import { refreshSession } from '@/app/actions/session-demo'
import { getUser } from '@/lib/dal'

import { Island } from '../islands/island'
import { DemoFrame } from '../shared/demo-frame'
import { Inspector } from '../inspector/inspector'
import { LogoutButton } from '../shared/logout-button'
import { NoScriptNote } from '../shared/no-script-note'
import { LoginForm } from './login-form'
import { AfterSubmit } from '../shared/after-submit'

type Props = { chapter?: string; anchor?: string }

/** Log in with either strategy, then watch the inspector. */
export function LoginDemo({
  chapter = 'sessions',
  anchor = 'login-demo',
}: Props) {
  return (
    <DemoFrame id={anchor} title="로그인과 로그아웃">
      <LoginForm returnTo={demoPath(chapter, anchor)} />
      <NoScriptNote />
      <Island
        panel="login-status"
        props={{ chapter, anchor }}
        fallback={<p className="muted">세션을 확인하는 중…</p>}
      />
    </DemoFrame>
  )
}

function demoPath(chapter: string, anchor: string) {
  return `/chapters/${chapter}#${anchor}`
}

/** The island: session controls and the inspector. */
export function LoginStatus({
  chapter,
  anchor,
}: {
  chapter: string
  anchor: string
}) {
  return (
    <>
      <SessionControls here={demoPath(chapter, anchor)} />
      <Inspector demo={anchor} />
    </>
  )
}

async function SessionControls({ here }: { here: string }) {
  const user = await getUser()
  if (!user) return null
  return (
    <div className="session-controls" data-testid="session-controls">
      <p>
        <strong>
          <bdi>{user.name}</bdi>
        </strong>{' '}
        님으로 로그인되어 있습니다.
      </p>
      <form action={refreshSession} className="inline-form">
        <AfterSubmit />
        <input type="hidden" name="returnTo" value={here} />
        <button type="submit" className="button button-quiet">
          세션 연장 (updateSession)
        </button>
      </form>{' '}
      <LogoutButton returnTo={here} />
    </div>
  )
}
