'use client'

import { WORKSHOP_STEPS } from '@/lib/workshop/steps'

import { usePolling } from './use-polling'

type Cohort = {
  roomStep: string | null
  learners: { id: string; name: string; joinedAt: string; passed: string[] }[]
}

const POLL_MS = 3_000

/** Learners × checkpoints, refreshed every few seconds. */
export function CohortTable({ initial }: { initial: Cohort }) {
  const { data, error } = usePolling<Cohort>('/api/workshop/cohort', POLL_MS)
  const cohort = data ?? initial
  const total = cohort.learners.length

  return (
    <div data-testid="cohort">
      <p aria-live="polite">
        학습자 <strong data-testid="learner-count">{total}</strong>명
        {error ? ` · 새로 고치지 못했습니다: ${error} (다시 시도 중)` : ''}
      </p>
      <div className="cohort-scroll">
        <table className="cohort-table">
          <thead>
            <tr>
              <th scope="col">학습자</th>
              {WORKSHOP_STEPS.map((step, index) => (
                <th
                  key={step.id}
                  scope="col"
                  title={step.title}
                  data-current={step.id === cohort.roomStep}
                >
                  {index + 1}
                </th>
              ))}
              <th scope="col">통과</th>
            </tr>
          </thead>
          <tbody>
            {cohort.learners.map((learner) => {
              const passed = new Set(learner.passed)
              return (
                <tr key={learner.id} data-learner={learner.name}>
                  <th scope="row">
                    <bdi>{learner.name}</bdi>
                  </th>
                  {WORKSHOP_STEPS.map((step) => {
                    const done = passed.has(step.checkpoint)
                    return (
                      <td
                        key={step.id}
                        data-step={step.id}
                        data-passed={done}
                        aria-label={`${step.title}: ${done ? '통과' : '아직'}`}
                      >
                        {done ? '✓' : '·'}
                      </td>
                    )
                  })}
                  <td>{passed.size}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">통과한 사람</th>
              {WORKSHOP_STEPS.map((step) => (
                <td key={step.id}>
                  {
                    cohort.learners.filter((l) =>
                      l.passed.includes(step.checkpoint),
                    ).length
                  }
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {total === 0 ? (
        <p className="muted">아직 가입한 학습자가 없습니다.</p>
      ) : null}
      <ol className="cohort-legend">
        {WORKSHOP_STEPS.map((step) => (
          <li key={step.id}>{step.title}</li>
        ))}
      </ol>
    </div>
  )
}
