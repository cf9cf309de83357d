import Link from 'next/link'

import { getUser } from '@/lib/dal'

import { Island } from '../islands/island'
import { DemoFrame } from '../shared/demo-frame'
import { LogoutButton } from '../shared/logout-button'
import { PersonaSwitcher } from './persona-switcher'

const HERE = '/chapters/proxy#protected-demo'

/** Follow a link into /demo signed out, then signed in. */
export function ProtectedAreaDemo() {
  return (
    <DemoFrame id="protected-demo" title="보호된 경로에 들어가 보기">
      <ul>
        <li>
          <Link href="/demo/dashboard" prefetch={false}>
            /demo/dashboard
          </Link>{' '}
          (보호된 경로)
        </li>
        <li>
          <Link href="/demo/dashboard/settings" prefetch={false}>
            /demo/dashboard/settings
          </Link>{' '}
          (보호된 경로 아래의 경로: 없는 페이지지만 프록시가 먼저 막습니다)
        </li>
        <li>
          <Link href="/login" prefetch={false}>
            /login
          </Link>{' '}
          (로그인한 사람은 대시보드로 보냄)
        </li>
      </ul>
      <Island
        panel="protected-state"
        props={{}}
        fallback={<p className="muted">로그인 상태를 확인하는 중…</p>}
      />
      <PersonaSwitcher returnTo={HERE} />
    </DemoFrame>
  )
}

/** The island: signed in or not, with a logout button. */
export async function ProtectedState() {
  const user = await getUser()
  return user ? (
    <div className="session-controls">
      <p>
        지금{' '}
        <strong>
          <bdi>{user.name}</bdi>
        </strong>{' '}
        님으로 로그인되어 있습니다. 위 링크를 눌러 보세요.
      </p>
      <LogoutButton returnTo={HERE} />
    </div>
  ) : (
    <p className="session-controls">
      지금은 로그인하지 않았습니다. 위 링크를 눌러 보면 프록시가 로그인 페이지로
      보냅니다.
    </p>
  )
}
