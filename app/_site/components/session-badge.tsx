import { getUser } from '@/lib/dal'
import { LogoutButton } from '@/demos/shared/logout-button'
import { SessionMarker } from '@/demos/shared/session-events'

/** Who is signed in, read from the session cookie for this request. */
export async function SessionBadge() {
  const user = await getUser()
  return (
    <div className="session-badge" data-testid="session-badge">
      <SessionMarker userId={user?.id ?? null} />
      {user ? (
        <>
          <span>
            <strong>
              <bdi>{user.name}</bdi>
            </strong>{' '}
            님 로그인 중
          </span>
          <LogoutButton />
        </>
      ) : (
        <span className="muted">로그인하지 않음</span>
      )}
    </div>
  )
}
