import type { Metadata } from 'next'
import { Suspense } from 'react'

import { socialMetadata } from '@/app/_site/social'
import { PersonaSwitcher } from '@/demos/authz/persona-switcher'
import { LoginForm } from '@/demos/login/login-form'
import { RefreshOnce } from '@/demos/shared/refresh-once'
import { safeReturnPath } from '@/lib/redirect'

const DESCRIPTION = '보호된 실습 영역에 들어가기 위한 로그인 페이지'

export const metadata: Metadata = {
  title: '로그인',
  description: DESCRIPTION,
  ...socialMetadata({
    path: '/login',
    title: '로그인',
    description: DESCRIPTION,
    image: 'home',
  }),
}

const DEFAULT_NEXT = '/demo/dashboard'
const SUCCESS_NOTE = '성공하면 가려던 페이지로 바로 이동합니다.'

type Props = { searchParams: Promise<Record<string, string | string[]>> }

export default function LoginPage({ searchParams }: Props) {
  return (
    <main id="main" className="home">
      <h1>로그인</h1>
      <p>
        보호된 실습 영역(<code>/demo</code>)은 로그인한 사람만 볼 수 있습니다.
        로그인하면 가려던 곳으로 돌아갑니다.
      </p>
      <h2 className="visually-hidden">로그인 양식</h2>
      <Suspense
        fallback={
          <LoginForm
            returnTo={DEFAULT_NEXT}
            personaHints={false}
            successNote={SUCCESS_NOTE}
          />
        }
      >
        <LoginWithNext searchParams={searchParams} />
      </Suspense>
    </main>
  )
}

// #region login-next
/** Back to where the proxy stopped the learner, if that is a demo page. */
async function LoginWithNext({ searchParams }: Props) {
  const { next, expired } = await searchParams
  // Only a page of this site; every trick lands on the dashboard.
  const returnTo = safeReturnPath(next, DEFAULT_NEXT)
  return (
    <>
      {next ? (
        <p className="muted">
          프록시(<code>proxy.ts</code>)가 로그인하지 않은 요청을 이 페이지로
          보냈습니다.
        </p>
      ) : null}
      {expired ? (
        <p className="callout callout-warning" role="status">
          세션이 끝났습니다. 다른 곳에서 로그아웃했거나 세션이 지워졌습니다.
          다시 로그인해 주세요.
          <RefreshOnce />
        </p>
      ) : null}
      <LoginForm
        returnTo={returnTo}
        personaHints={false}
        successNote={SUCCESS_NOTE}
      />
      <PersonaSwitcher returnTo={returnTo} />
    </>
  )
}
// #endregion login-next
