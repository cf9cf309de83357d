'use client'

import type { TraceStep } from '@/lib/definitions'

import { useReloadAfter } from './after-submit'
import { TraceList } from './trace-list'

type ActionState = { trace?: TraceStep[]; message?: string } | undefined

const TOUCHES_STORE: TraceStep['step'][] = ['lookup', 'insert', 'verify']

function storeSummary(state: NonNullable<ActionState>, steps: TraceStep[]) {
  const touched = steps.some((step) => TOUCHES_STORE.includes(step.step))
  const invalid = steps.some((step) => step.step === 'validate' && !step.ok)
  if (touched) return '저장소: 읽었지만 새 행은 없습니다.'
  if (invalid) return '저장소: 건드리지 않았습니다 (검사 실패로 일찍 반환).'
  if (state.message) return '저장소: 읽거나 쓰다가 오류가 났습니다.'
  return '저장소: 건드리지 않았습니다.'
}

export function ServerTrace({
  state,
  pending,
  onSuccess = '성공하면 아래 요청 살펴보기 패널에 나타납니다.',
}: {
  state: ActionState
  pending: boolean
  /** Where the steps of a successful submit can be seen. */
  onSuccess?: string
}) {
  // The trace shows a failed try; a successful one shows in the panels,
  // which load again once the action is done. The success redirects and
  // this state starts empty again, so the empty text must not say that
  // nothing was sent.
  useReloadAfter(pending)
  const steps = state?.trace ?? []
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
          이 양식이 실패하면 서버가 거친 단계가 여기에 나타납니다. {onSuccess}
        </p>
      ) : (
        <>
          <TraceList steps={steps} />
          <p className="trace-store">{storeSummary(state, steps)}</p>
          <p>세션: 만들지 않았습니다.</p>
        </>
      )}
    </section>
  )
}
