'use client'

import { ChapterLink } from '@/app/_site/chapter-link'

import { clearProgress, useProgress } from './progress-store'

export type NavChapter = {
  slug: string
  order: number
  title: string
  demoCount: number
}

/** The chapter list beside a chapter: where one is, and what one has done. */
export function ChapterNav({
  chapters,
  current,
}: {
  chapters: NavChapter[]
  current: string
}) {
  const progress = useProgress()
  return (
    <nav className="sidebar" aria-label="장 목록">
      <ol>
        {chapters.map((item) => {
          const read = progress.read.includes(item.slug)
          const tried = Math.min(
            progress.demos[item.slug]?.length ?? 0,
            item.demoCount,
          )
          return (
            <li key={item.slug}>
              <ChapterLink
                href={`/chapters/${item.slug}`}
                aria-current={item.slug === current ? 'page' : undefined}
                data-read={read}
              >
                {item.order}. {item.title}
                <ProgressMarks
                  read={read}
                  tried={tried}
                  demoCount={item.demoCount}
                />
              </ChapterLink>
            </li>
          )
        })}
      </ol>
      {/* Always there: a button that vanished on click would drop focus. */}
      <button type="button" className="progress-clear" onClick={askToClear}>
        읽은 기록 지우기
      </button>
    </nav>
  )
}

/**
 * Only this browser's marks (읽음, 데모 k/n) go; the workshop's checkpoints
 * live on the server and stay. A native confirm: one click cannot wipe
 * them by mistake, and it needs no focus handling of its own.
 */
function askToClear() {
  const sure = window.confirm(
    '이 브라우저에 남은 읽음 표시와 해 본 데모 기록을 지울까요? ' +
      '워크숍 체크는 그대로 남습니다.',
  )
  if (sure) clearProgress()
}

function ProgressMarks({
  read,
  tried,
  demoCount,
}: {
  read: boolean
  tried: number
  demoCount: number
}) {
  if (!read && tried === 0) return null
  return (
    <span className="progress-marks">
      {read ? (
        <span className="progress-read">
          <span aria-hidden="true">✓ </span>읽음
        </span>
      ) : null}
      {tried > 0 ? (
        <span className="progress-demos">
          데모 {tried}/{demoCount}
        </span>
      ) : null}
    </span>
  )
}
