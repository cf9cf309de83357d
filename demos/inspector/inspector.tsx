import { inspectRequest } from '@/lib/inspect'
import { readTrace } from '@/lib/trace-cookie'

import { TraceList } from '../shared/trace-list'
import { CheckList, describeCheck } from './checks'
import { CookieTable } from './cookie-table'
import { CopyButton } from './copy-button'
import { formatLeft, formatTime } from './format'

const STRATEGY: Record<string, string> = {
  stateless: '무상태 세션',
  database: '데이터베이스 세션',
}

/**
 * The request inspector: what the server saw and decided for this
 * learner's own request. Read on the server, per request, so it always
 * renders inside <Suspense>. `rawToken={false}` leaves out the token's
 * raw text and its copy button (presenter mode: a projected token is a
 * session anyone in the room could replay).
 */
export async function Inspector({
  demo,
  rawToken = true,
}: {
  demo: string
  rawToken?: boolean
}) {
  const inspection = await inspectRequest()
  const lastTrace = await readTrace()
  const failed = inspection.checks.find((check) => !check.ok)
  const { token, userRow, sessionRows } = inspection

  return (
    // No accessible name: a named section is a landmark, and a chapter with
    // two demos would have two landmarks of the same name (axe).
    <section className="inspector" data-testid="inspector">
      <h4 className="inspector-title">요청 살펴보기 패널</h4>
      <p className="inspector-verdict" data-signed-in={inspection.signedIn}>
        {inspection.signedIn
          ? `서버 판단: 로그인 상태 (${STRATEGY[inspection.strategy ?? ''] ?? ''})`
          : `서버 판단: 로그아웃 상태${failed ? ` — ${describeCheck(failed)}` : ''}`}
      </p>

      <h5>이 요청에서 서버가 확인한 것</h5>
      <CheckList checks={inspection.checks} />

      {lastTrace ? (
        <>
          <h5>방금 한 동작에서 서버가 거친 단계</h5>
          <TraceList steps={lastTrace} />
        </>
      ) : null}

      {token ? (
        <>
          <CookieTable inspection={inspection} />
          <h5>토큰 해독 (서명은 암호화가 아닙니다: 누구나 읽을 수 있습니다)</h5>
          <pre className="account-row" data-testid="token-header">
            <code>{JSON.stringify(token.header ?? null, null, 2)}</code>
          </pre>
          <pre className="account-row" data-testid="token-payload">
            <code>{JSON.stringify(token.payload ?? null, null, 2)}</code>
          </pre>
          {typeof token.payload?.exp === 'number' &&
          inspection.secondsLeft !== null ? (
            <p>
              발급 {formatTime(Number(token.payload.iat))}, 만료{' '}
              {formatTime(token.payload.exp)} (
              {formatLeft(inspection.secondsLeft)})
            </p>
          ) : null}
          {rawToken ? (
            <details className="inspector-raw">
              <summary>내 토큰 원문 (남에게 보여 주지 마세요)</summary>
              <p
                className="token-raw"
                id={`${demo}-token`}
                data-testid="token-raw"
              >
                {token.raw}
              </p>
              <CopyButton
                text={token.raw}
                label="토큰 복사"
                selectId={`${demo}-token`}
              />
            </details>
          ) : (
            <p className="muted" data-testid="token-raw-hidden">
              발표 화면에는 토큰 원문을 띄우지 않습니다. 화면에 보인 토큰은 방
              안의 누구든 그대로 보내 이 세션을 쓸 수 있기 때문입니다.
            </p>
          )}
        </>
      ) : null}

      <h5>저장소에 있는 내 행</h5>
      {userRow ? (
        <pre className="account-row" data-testid="user-row">
          <code>{JSON.stringify(userRow, null, 2)}</code>
        </pre>
      ) : (
        <p className="muted">로그인하지 않아서 보여 줄 행이 없습니다.</p>
      )}
      {sessionRows.length ? (
        <table className="inspector-table" data-testid="session-rows">
          <caption>sessions 컬렉션의 내 행</caption>
          <thead>
            <tr>
              <th scope="col">id (해시)</th>
              <th scope="col">만든 시각</th>
              <th scope="col">만료</th>
            </tr>
          </thead>
          <tbody>
            {sessionRows.map((row) => (
              <tr key={row.id}>
                <td>
                  <code>{row.shortId}</code>
                  {row.current ? ' (이 세션)' : ''}
                </td>
                <td>{formatTime(row.createdAt)}</td>
                <td>{formatTime(row.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
