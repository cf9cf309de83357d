import type { Metadata } from 'next'
import { ChapterLink } from '@/app/_site/chapter-link'
import { Suspense } from 'react'

import { listChapters } from '@/app/_site/chapters'
import { LoginForm } from '@/demos/login/login-form'
import { CohortTable } from '@/demos/workshop/cohort-table'
import {
  BackupForm,
  ResetForm,
  RestoreForm,
  RoomStepForm,
} from '@/demos/workshop/console-forms'
import { getUser } from '@/lib/dal'
import { CONSOLE_PATH, requireInstructor } from '@/lib/workshop/instructor'
import {
  readBackups,
  readCohort,
  readRoomStep,
  readStatus,
} from '@/lib/workshop/room'

export const metadata: Metadata = {
  title: '강사 콘솔',
  robots: { index: false },
}

export default function ConsolePage() {
  return (
    <main id="main" className="home console-page">
      <h1>강사 콘솔</h1>
      <Suspense fallback={<p className="muted">권한을 확인하는 중…</p>}>
        <ConsoleOrLogin />
      </Suspense>
    </main>
  )
}

async function ConsoleOrLogin() {
  // Signed out: the instructor signs in here and comes back.
  if (!(await getUser())) {
    return (
      <>
        <p>강사 계정으로 로그인하세요.</p>
        <LoginForm
          returnTo={CONSOLE_PATH}
          personaHints={false}
          successNote="성공하면 강사 콘솔로 돌아옵니다."
        />
      </>
    )
  }
  return <Console />
}

async function Console() {
  const instructor = await requireInstructor() // others: redirected away
  const [learners, step, status] = await Promise.all([
    readCohort(),
    readRoomStep(),
    readStatus(),
  ])
  const backups = readBackups()
  const chapters = listChapters()

  return (
    <div className="console" data-testid="console">
      <p className="muted">
        <bdi>{instructor.name}</bdi> 님으로 로그인했습니다. 학습자 표는 몇
        초마다 저절로 새로 고쳐집니다.
      </p>

      <section aria-labelledby="room-title">
        <h2 id="room-title">지금 단계</h2>
        <RoomStepForm current={step?.id ?? null} />
      </section>

      <section aria-labelledby="cohort-title">
        <h2 id="cohort-title">학습자 진행 상황</h2>
        <CohortTable initial={{ roomStep: step?.id ?? null, learners }} />
      </section>

      <section aria-labelledby="present-title">
        <h2 id="present-title">발표 모드</h2>
        <p>프로젝터용: 큰 글씨, 왼쪽에 장 본문, 오른쪽에 요청 살펴보기 패널.</p>
        <ul className="present-links">
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              <ChapterLink href={`/workshop/present/${chapter.slug}`}>
                {chapter.order}장. {chapter.title}
              </ChapterLink>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">데모 데이터</h2>
        <p data-testid="store-status">
          학습자 {status.learners}명 · 예시 계정 {status.personas}개 ·
          데이터베이스 세션 {status.sessions}개 · 진행 기록 {status.progress}개
        </p>
        <ResetForm />
        <BackupForm />
        <h3>백업에서 복원</h3>
        <RestoreForm backups={backups} />
      </section>
    </div>
  )
}
