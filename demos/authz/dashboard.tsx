import { verifySession, type CurrentUser } from '@/lib/dal'
import { getProfileDTOs } from '@/lib/dto'
import { readStore } from '@/lib/store'

import { LogoutButton } from '../shared/logout-button'
import { BannerForm } from './banner-form'
import { RoleForm } from './role-form'
import { RouteHandlerDemo } from './route-handler-demo'

// #region dashboard
/**
 * One page, two views. The role comes from the store through the DAL on
 * every request; anyone without a session is redirected to the login page.
 */
export async function Dashboard() {
  const user = await verifySession()
  const { settings } = await readStore()

  return (
    <>
      {settings.banner ? (
        <p className="callout" data-testid="banner">
          공지: <bdi>{settings.banner}</bdi>
        </p>
      ) : null}
      {user.role === 'admin' ? (
        <AdminView user={user} banner={settings.banner} />
      ) : (
        <MemberView user={user} banner={settings.banner} />
      )}
    </>
  )
}
// #endregion dashboard

async function AdminView({ user, banner }: ViewProps) {
  const { users } = await readStore()
  const learners = users.filter((u) => !u.persona && !u.instructor)
  return (
    <section data-testid="admin-view" aria-labelledby="admin-title">
      <h2 id="admin-title">관리자 화면</h2>
      <p>
        <strong>
          <bdi>{user.name}</bdi>
        </strong>{' '}
        님은 관리자입니다. 이 화면은 관리자에게만 그려집니다.
      </p>
      <BannerForm current={banner} />
      <h3>수강생 계정의 역할</h3>
      {learners.length ? (
        <ul>
          {learners.map((learner) => (
            <li key={learner.id}>
              <RoleForm
                userId={learner.id}
                name={learner.name}
                role={learner.role}
              />{' '}
              <span className="muted">
                지금: {learner.role === 'admin' ? '관리자' : '일반 사용자'}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">아직 가입한 수강생이 없습니다.</p>
      )}
      <h3>관리자 전용 라우트 핸들러</h3>
      <RouteHandlerDemo />
      <LogoutButton returnTo="/chapters/proxy" />
    </section>
  )
}

async function MemberView({ user, banner }: ViewProps) {
  const profiles = (await getProfileDTOs()) ?? []
  const team = profiles.filter((p) => user.team && p.team === user.team)
  return (
    <section data-testid="member-view" aria-labelledby="member-title">
      <h2 id="member-title">일반 사용자 화면</h2>
      <p>
        <strong>
          <bdi>{user.name}</bdi>
        </strong>{' '}
        님의 팀: {user.team ?? '없음'}
      </p>
      {team.length ? (
        <ul>
          {team.map((p) => (
            <li key={p.id}>
              <bdi>{p.name}</bdi> · {p.phone ?? '전화번호 숨김'}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>관리자 전용 동작을 눌러 보기</h3>
      <p className="muted">
        이 양식은 일부러 보여 줍니다. 서버 액션이 스스로 역할을 확인하므로,
        눌러도 거절되고 저장소는 바뀌지 않습니다.
      </p>
      <BannerForm current={banner} />
      <h3>관리자 전용 라우트 핸들러</h3>
      <RouteHandlerDemo />
      <LogoutButton returnTo="/chapters/proxy" />
    </section>
  )
}

type ViewProps = { user: CurrentUser; banner: string | null }
