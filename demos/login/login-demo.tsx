import { Suspense } from 'react'

import { refreshSession } from '@/app/actions/session-demo'
import { getUser } from '@/lib/dal'

import { DemoFrame } from '../shared/demo-frame'
import { Inspector } from '../inspector/inspector'
import { LogoutButton } from '../shared/logout-button'
import { NoScriptNote } from '../shared/no-script-note'
import { LoginForm } from './login-form'

type Props = { chapter?: string; anchor?: string }

/** Log in with either strategy, then watch the inspector. */
export function LoginDemo({
  chapter = 'sessions',
  anchor = 'login-demo',
}: Props) {
  const here = `/chapters/${chapter}#${anchor}`
  return (
    <DemoFrame id={anchor} title="로그인과 로그아웃">
      <LoginForm returnTo={here} />
      <NoScriptNote />
      <Suspense fallback={<p className="muted">세션을 확인하는 중…</p>}>
        <SessionControls here={here} />
        <Inspector demo={anchor} />
      </Suspense>
    </DemoFrame>
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
        <input type="hidden" name="returnTo" value={here} />
        <button type="submit" className="button button-quiet">
          세션 연장 (updateSession)
        </button>
      </form>{' '}
      <LogoutButton returnTo={here} />
    </div>
  )
}
