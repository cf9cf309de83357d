import { connection } from 'next/server'

import { getUser } from '@/lib/dal'
import { readStore } from '@/lib/store'

import { Island } from '../islands/island'
import { DemoFrame } from '../shared/demo-frame'
import { BannerForm } from './banner-form'
import { PersonaSwitcher } from './persona-switcher'
import { RouteHandlerDemo } from './route-handler-demo'

const HERE = '/chapters/where-checks-live#admin-demo'

/** The admin-only Server Action and Route Handler, tried as anyone. */
export function AdminDemo() {
  return (
    <DemoFrame id="admin-demo" title="관리자 전용 서버 액션과 라우트 핸들러">
      <PersonaSwitcher returnTo={HERE} />
      <Island
        panel="admin-viewer"
        props={{}}
        fallback={<p className="muted">상태를 불러오는 중…</p>}
      />
      <h4>서버 액션: 공지 바꾸기</h4>
      <Island
        panel="admin-banner"
        props={{}}
        fallback={<p className="muted">공지를 불러오는 중…</p>}
      />
      <h4>라우트 핸들러: GET /api/admin/report</h4>
      <RouteHandlerDemo />
    </DemoFrame>
  )
}

/** The island: who is trying the admin tools. */
export async function AdminViewer() {
  const user = await getUser()
  return (
    <p data-testid="admin-demo-viewer">
      지금:{' '}
      {user ? (
        <>
          <bdi>{user.name}</bdi> (
          {user.role === 'admin' ? '관리자' : '일반 사용자'})
        </>
      ) : (
        '로그인하지 않음'
      )}
    </p>
  )
}

/** The island: the banner now, and the form to change it. */
export async function AdminBanner() {
  // Read per request (the banner may change at any time), never at build.
  await connection()
  const { settings } = await readStore()
  return (
    <>
      <p data-testid="current-banner">
        지금 공지: {settings.banner ? <bdi>{settings.banner}</bdi> : '없음'}
      </p>
      <BannerForm current={settings.banner} />
    </>
  )
}
