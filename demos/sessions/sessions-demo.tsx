import { endOtherSessions, endSession } from '@/app/actions/session-demo'
import { getUser } from '@/lib/dal'
import { PERSONAS } from '@/lib/personas'
import { getSession } from '@/lib/session'
import { listSessionRows } from '@/lib/session-rows'

import { Island } from '../islands/island'
import { DemoFrame } from '../shared/demo-frame'
import { formatTime } from '../inspector/format'
import { AfterSubmit } from '../shared/after-submit'
import { TableScrollBox } from '../shared/table-scroll-box'

const HERE = '/chapters/database-sessions#sessions-demo'

/** The learner's own database sessions, each of which they can end. */
export function SessionsDemo() {
  return (
    <DemoFrame id="sessions-demo" title="내 세션 목록">
      <Island
        panel="session-list"
        props={{}}
        fallback={<p className="muted">세션을 불러오는 중…</p>}
      />
    </DemoFrame>
  )
}

/** The island: the learner's own session rows. */
export async function SessionList() {
  const session = await getSession()
  const user = session ? await getUser() : null
  if (session?.strategy !== 'database') {
    return (
      <p className="muted">
        데이터베이스 세션으로 로그인하면 여기에 내 세션이 나타납니다. 위의
        로그인 데모에서 &lsquo;데이터베이스 세션&rsquo;을 골라 로그인해 보세요.
        다른 브라우저(또는 시크릿 창)에서도 같은 계정으로 로그인하면 줄이
        늘어납니다.
      </p>
    )
  }
  const rows = await listSessionRows(session.userId)
  const persona = PERSONAS.some((p) => p.email === (user?.email ?? ''))
  return (
    <>
      {persona ? (
        <p className="callout callout-warning">
          예시 계정은 모두가 함께 씁니다. 워크숍이라면 이 목록에 다른 수강생의
          세션도 보이고, 끝내면 그 사람이 로그아웃됩니다. 1장에서 만든 내
          계정으로 해 보세요.
        </p>
      ) : null}
      <TableScrollBox label="내 세션 목록 표">
        <table className="inspector-table" data-testid="sessions-table">
          <thead>
            <tr>
              <th scope="col">세션</th>
              <th scope="col">만든 시각</th>
              <th scope="col">마지막 활동</th>
              <th scope="col">브라우저</th>
              <th scope="col">
                <span className="visually-hidden">동작</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-current={row.id === session.rowId}>
                <td>
                  <code>{row.id.slice(0, 8)}…</code>
                  {row.id === session.rowId ? ' (이 세션)' : ''}
                </td>
                <td>{formatTime(row.createdAt)}</td>
                <td>{formatTime(row.lastSeenAt)}</td>
                <td>{shortAgent(row.userAgent)}</td>
                <td>
                  {row.id === session.rowId ? null : (
                    <form action={endSession}>
                      <AfterSubmit />
                      <input type="hidden" name="rowId" value={row.id} />
                      <input type="hidden" name="returnTo" value={HERE} />
                      <button type="submit" className="button button-quiet">
                        끝내기
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScrollBox>
      {rows.length > 1 ? (
        <form action={endOtherSessions}>
          <AfterSubmit />
          <input type="hidden" name="returnTo" value={HERE} />
          <button type="submit" className="button">
            이 세션만 남기고 모두 끝내기
          </button>
        </form>
      ) : null}
    </>
  )
}

function shortAgent(agent: string): string {
  const match = /(Firefox|Edg|Chrome|Safari)\/[\d.]+/.exec(agent)
  return match?.[0] ?? (agent ? agent.slice(0, 24) : '알 수 없음')
}
