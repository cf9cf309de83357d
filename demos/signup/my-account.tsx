import { getUser } from '@/lib/dal'
import { shortenHash } from '@/lib/password'
import { readTrace } from '@/lib/trace-cookie'
import { findUserById } from '@/lib/users'

import { LogoutButton } from '../shared/logout-button'
import { TraceList } from './server-trace'

/**
 * The learner's own row, read on the server for this request only.
 * Nobody else's row and no full hash ever reach the page.
 */
export async function MyAccount() {
  const user = await getUser()
  if (!user) {
    return (
      <p className="muted account-empty">
        지금은 로그인하지 않은 상태입니다. 가입에 성공하면 저장소에 생긴 내 행이
        여기에 나타납니다.
      </p>
    )
  }
  const row = await findUserById(user.id)
  if (!row) return null
  const lastTrace = await readTrace()

  const shown = {
    id: row.id,
    name: row.name,
    email: row.email,
    passwordHash: shortenHash(row.passwordHash),
    role: row.role,
    createdAt: row.createdAt,
  }
  return (
    <div className="account" data-testid="my-account">
      <p className="account-status">
        <strong>{row.name}</strong> 님으로 로그인되어 있습니다.
      </p>
      {lastTrace ? (
        <div className="trace" data-testid="last-trace">
          <h5 className="trace-title">방금 가입할 때 서버가 거친 단계</h5>
          <TraceList steps={lastTrace} />
        </div>
      ) : null}
      <p>
        저장소(<code>data/db.json</code>)에 있는 내 행:
      </p>
      <pre className="account-row">
        <code>{JSON.stringify(shown, null, 2)}</code>
      </pre>
      <p className="muted">
        <code>passwordHash</code>는 앞부분만 보여 줍니다. <code>$2b$</code>는
        bcrypt, <code>10$</code>는 비용, 그 뒤 22자는 솔트입니다. 비밀번호
        자체는 어디에도 저장되지 않습니다.
      </p>
      <LogoutButton />
    </div>
  )
}
