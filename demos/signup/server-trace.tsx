'use client'

import type { FormState, TraceStep } from '@/lib/definitions'

const FIELD_LABELS: Record<string, string> = {
  name: '이름',
  email: '이메일',
  password: '비밀번호',
}

function describe({ step, ok, detail, ms }: TraceStep): string {
  switch (step) {
    case 'validate':
      return ok
        ? '유효성 검사: 통과'
        : `유효성 검사: 실패 (${detail
            .split(',')
            .map((field) => FIELD_LABELS[field] ?? field)
            .join(', ')})`
    case 'lookup':
      return ok
        ? '저장소에서 이메일 중복 확인: 사용할 수 있음'
        : '저장소에서 이메일 중복 확인: 이미 가입된 주소'
    case 'hash':
      return `비밀번호 해싱: bcrypt 비용 10, ${ms ?? '?'}ms`
    case 'insert':
      return ok
        ? '저장소에 사용자 행 추가'
        : '저장 직전 다시 확인: 그사이 같은 이메일이 가입됨'
    case 'session':
      return '세션 만들기: 서명한 토큰을 쿠키에 담음'
    case 'redirect':
      return `리디렉션: ${detail}`
  }
}

const TOUCHES_STORE: TraceStep['step'][] = ['lookup', 'insert']

export function TraceList({ steps }: { steps: TraceStep[] }) {
  return (
    <ol className="trace-steps">
      {steps.map((step, index) => (
        <li key={index} data-ok={step.ok}>
          {describe(step)}
        </li>
      ))}
    </ol>
  )
}

function storeSummary(state: NonNullable<FormState>, touched: boolean) {
  if (state.message) return '저장소: 읽거나 쓰다가 오류가 났습니다.'
  if (touched) return '저장소: 읽었지만 새 행은 없습니다.'
  return '저장소: 건드리지 않았습니다 (검사 실패로 일찍 반환).'
}

export function ServerTrace({
  state,
  pending,
}: {
  state: FormState
  pending: boolean
}) {
  const steps = state?.trace ?? []
  const touched = steps.some((step) => TOUCHES_STORE.includes(step.step))

  return (
    <section
      className="trace"
      aria-label="서버에서 일어난 일"
      aria-live="polite"
    >
      <h3 className="trace-title">서버에서 일어난 일</h3>
      {pending ? (
        <p>서버 액션이 실행되는 중입니다…</p>
      ) : !state ? (
        <p className="muted">
          아직 제출하지 않았습니다. 양식을 보내면 서버가 실제로 거친 단계가
          여기에 나타납니다.
        </p>
      ) : (
        <>
          <TraceList steps={steps} />
          <p className="trace-store" data-touched={touched}>
            {storeSummary(state, touched)}
          </p>
          <p>세션: 만들지 않았습니다.</p>
        </>
      )}
    </section>
  )
}
