'use client'

import { ChapterLink } from '@/app/_site/chapter-link'

import type { MyProgress } from '@/lib/workshop/progress'
import { stepHref, type WorkshopStep } from '@/lib/workshop/steps'

import { usePolling } from './use-polling'

const POLL_MS = 5_000

/**
 * Steps with their checkpoints, green once the server has seen the real
 * action. Loaded after mount, so the page around it stays static.
 */
export type StepGroup = {
  id: string
  heading?: string
  steps: readonly WorkshopStep[]
}

export function StepList({
  groups,
  showChapterLinks = false,
}: {
  groups: readonly StepGroup[]
  showChapterLinks?: boolean
}) {
  const { data, error } = usePolling<MyProgress>(
    '/api/workshop/progress',
    POLL_MS,
  )
  const passed = new Set<string>(data?.passed ?? [])
  const all = groups.flatMap((group) => group.steps)
  const count = all.filter((step) => passed.has(step.checkpoint)).length

  return (
    <div className="workshop-steps" data-testid="workshop-steps">
      <p className="muted" aria-live="polite">
        {error
          ? `${error} 잠시 후 다시 시도합니다.`
          : !data
            ? '진행 상황을 불러오는 중…'
            : `통과 ${count}/${all.length} · ${describeOwner(data)}`}
      </p>
      {groups.map((group) => (
        <section
          key={group.id}
          aria-labelledby={group.heading ? group.id : undefined}
        >
          {group.heading ? <h2 id={group.id}>{group.heading}</h2> : null}
          <StepItems
            steps={group.steps}
            passed={passed}
            showChapterLinks={showChapterLinks}
          />
        </section>
      ))}
    </div>
  )
}

function StepItems({
  steps,
  passed,
  showChapterLinks,
}: {
  steps: readonly WorkshopStep[]
  passed: Set<string>
  showChapterLinks: boolean
}) {
  return (
    <ol>
      {steps.map((step) => {
        const done = passed.has(step.checkpoint)
        return (
          <li
            key={step.id}
            className="workshop-step"
            data-step={step.id}
            data-passed={done}
          >
            <span className="workshop-check" aria-hidden="true">
              {done ? '✓' : ''}
            </span>
            <div>
              <p className="workshop-step-title">
                <strong>{step.title}</strong>{' '}
                <span className="workshop-status">
                  {done ? '통과' : '아직'}
                </span>
              </p>
              <p>{step.task}</p>
              <details>
                <summary>힌트와 기대하는 결과</summary>
                <p>힌트: {step.hint}</p>
                <p>보게 될 것: {step.expected}</p>
              </details>
              {showChapterLinks ? (
                <ChapterLink href={stepHref(step)}>
                  이 단계의 데모로
                </ChapterLink>
              ) : null}
            </div>
          </li>
        )
      })}
    </ol>
  )
}

function describeOwner(progress: MyProgress) {
  switch (progress.kind) {
    case 'instructor':
      return '강사 계정은 진행 상황을 기록하지 않습니다.'
    case 'learner':
      return '진행 상황은 내 계정에 저장됩니다.'
    case 'remembered': {
      const now = progress.persona
        ? '예시 계정으로 로그인해 있지만'
        : '로그아웃 상태지만'
      return (
        `${now}, 진행 상황은 이 브라우저에서 로그인했던 ` +
        `내 계정(${progress.name})에 저장됩니다.`
      )
    }
    case 'visitor':
      return progress.persona
        ? '예시 계정으로 로그인해 있어 진행 상황을 이 브라우저에 보관합니다. ' +
            '내 계정으로 로그인하면 그 계정으로 옮겨집니다.'
        : '아직 내 계정으로 로그인하지 않아 진행 상황을 이 브라우저에 ' +
            '보관합니다. 회원가입하거나 로그인하면 계정으로 옮겨집니다.'
  }
}
