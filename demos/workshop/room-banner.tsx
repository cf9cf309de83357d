'use client'

import { ChapterLink } from '@/app/_site/chapter-link'

import { findStep, WORKSHOP_STEPS } from '@/lib/workshop/steps'

import { usePolling } from './use-polling'

type RoomStep = { id: string; title: string; href: string }

// Often enough that a room follows the instructor within seconds; 60
// learners make about six cheap requests a second.
const POLL_MS = 10_000

/**
 * The step the instructor set for the room, on every page. Polled after
 * mount, so the pages themselves stay static files.
 */
export function RoomBanner() {
  // After a failed poll (a 503 from a damaged store) the last step stays,
  // marked as possibly out of date; before any answer there is no banner.
  const { data: step, failed } = usePolling<RoomStep | null>(
    '/api/workshop/room',
    POLL_MS,
  )
  if (!step) return null

  const index = WORKSHOP_STEPS.findIndex((s) => s.id === step.id)
  const chapter = findStep(step.id)?.chapter
  return (
    <aside
      className="room-banner"
      aria-label="워크숍 진행 안내"
      data-testid="room-banner"
      data-step={step.id}
    >
      <span className="room-banner-label">
        지금 함께 하는 단계 {index + 1}/{WORKSHOP_STEPS.length}
      </span>
      <strong>{step.title}</strong>
      <ChapterLink href={step.href} data-chapter={chapter}>
        이 단계로 가기
      </ChapterLink>
      {failed ? (
        <span className="room-banner-label" role="status">
          (새 안내를 받지 못하고 있습니다. 다시 시도하는 중)
        </span>
      ) : null}
    </aside>
  )
}
