import type { TraceStep } from '@/lib/definitions'

// Used by server and client components alike: no hooks, no directive.
const FIELD_LABELS: Record<string, string> = {
  name: '이름',
  email: '이메일',
  password: '비밀번호',
  strategy: '세션 방식',
}

const STRATEGY_LABELS: Record<string, string> = {
  stateless: '무상태 세션',
  database: '데이터베이스 세션',
}

function fields(detail: string): string {
  return detail
    .split(',')
    .map((name) => FIELD_LABELS[name] ?? name)
    .join(', ')
}

export function describeStep({ step, ok, detail, ms }: TraceStep): string {
  switch (step) {
    case 'validate':
      return ok ? '유효성 검사: 통과' : `유효성 검사: 실패 (${fields(detail)})`
    case 'lookup':
      return ok
        ? '저장소에서 이메일 중복 확인: 사용할 수 있음'
        : '저장소에서 이메일 중복 확인: 이미 가입된 주소'
    case 'hash':
      return `비밀번호 해싱: bcrypt 비용 10, ${ms ?? '?'}ms`
    case 'insert':
      return ok
        ? `저장소에 사용자 행 추가: 파일 쓰기까지 ${ms ?? '?'}ms`
        : '저장 직전 다시 확인: 그사이 같은 이메일이 가입됨'
    case 'limit':
      return `로그인 시도 횟수 초과: 비밀번호를 확인하지 않고 거절 (${detail})`
    case 'verify':
      return `비밀번호 확인: bcrypt 비교 ${ms ?? '?'}ms, ${ok ? '일치' : '불일치'}`
    case 'session':
      return `세션 만들기: ${STRATEGY_LABELS[detail] ?? detail}, 새 토큰을 쿠키에 담음`
    case 'session-end':
      return '이전 세션 끝내기: 저장소에서 세션 행 삭제'
    case 'refresh':
      if (ok) {
        return `세션 연장: 새 만료 시각으로 토큰을 다시 서명 (${STRATEGY_LABELS[detail] ?? detail})`
      }
      return detail === 'no-session-row'
        ? '세션 연장: 실패 — 저장소에 이 세션의 행이 없습니다 (끝났거나 만료됨)'
        : '세션 연장: 실패 — 쿠키에 믿을 수 있는 토큰이 없습니다'
    case 'logout':
      return '로그아웃: 이 브라우저의 세션 쿠키 삭제'
    case 'redirect':
      return `리디렉션: ${detail}`
    case 'store':
      return '저장소를 읽거나 쓰지 못했습니다: 아무것도 바뀌지 않았습니다'
  }
}

export function TraceList({ steps }: { steps: TraceStep[] }) {
  return (
    <ol className="trace-steps">
      {steps.map((step, index) => (
        <li key={index} data-ok={step.ok}>
          {describeStep(step)}
        </li>
      ))}
    </ol>
  )
}
