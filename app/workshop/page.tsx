import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense } from 'react'

import { listChapters } from '@/app/_site/chapters'
import { socialMetadata } from '@/app/_site/social'
import { StepList } from '@/demos/workshop/step-list'
import { stepsOfChapter } from '@/lib/workshop/steps'

const DESCRIPTION = '워크숍 단계와 체크포인트, 내 진행 상황'

export const metadata: Metadata = {
  title: '워크숍',
  description: DESCRIPTION,
  ...socialMetadata({
    path: '/workshop',
    title: '워크숍',
    description: DESCRIPTION,
    image: 'home',
  }),
}

type Props = { searchParams: Promise<Record<string, string | string[]>> }

/** The learner's side of the workshop: every step, grouped by chapter. */
export default function WorkshopPage({ searchParams }: Props) {
  const groups = listChapters()
    .map((chapter) => ({
      id: `ws-${chapter.slug}`,
      heading: `${chapter.order}장. ${chapter.title}`,
      steps: stepsOfChapter(chapter.slug),
    }))
    .filter((group) => group.steps.length > 0)
  return (
    <main id="main" className="home workshop-page">
      <h1>워크숍</h1>
      <Suspense fallback={null}>
        <DeniedNotice searchParams={searchParams} />
      </Suspense>
      <p>
        강사와 함께 장을 차례로 따라가며 단계마다 짧은 과제를 해 봅니다. 각
        단계의 체크는 &ldquo;완료&rdquo; 버튼이 아니라, 서버가 실제로 본
        동작(저장소에 생긴 계정, 거절된 요청, 끝낸 세션)으로 켜집니다.
      </p>
      <p className="muted">
        강사라면 <Link href="/workshop/console">강사 콘솔</Link>로 가세요.
      </p>
      <StepList groups={groups} showChapterLinks />
    </main>
  )
}

async function DeniedNotice({ searchParams }: Props) {
  const { denied } = await searchParams
  if (!denied) return null
  return (
    <p className="callout callout-warning" role="status">
      강사 콘솔은 강사 계정만 열 수 있습니다.
    </p>
  )
}
