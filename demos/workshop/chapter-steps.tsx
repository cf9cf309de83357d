import Link from 'next/link'

import { stepsOfChapter } from '@/lib/workshop/steps'

import { StepList } from './step-list'

/** The workshop steps of one chapter, shown under its text. */
export function ChapterSteps({ chapter }: { chapter: string }) {
  const steps = stepsOfChapter(chapter)
  if (steps.length === 0) return null
  return (
    <section
      className="workshop-panel"
      aria-labelledby="workshop-steps-title"
      id="workshop-steps"
    >
      <p className="demo-kicker">워크숍</p>
      <h2 id="workshop-steps-title">이 장의 실습 단계</h2>
      <p>
        체크는 버튼이 아니라 서버가 본 실제 동작으로 켜집니다.{' '}
        <Link href="/workshop">전체 단계 보기</Link>
      </p>
      <StepList groups={[{ id: `steps-${chapter}`, steps }]} />
    </section>
  )
}
