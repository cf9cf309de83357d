'use client'

import Link from 'next/link'

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
              <Link
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
              </Link>
            </li>
          )
        })}
      </ol>
      {/* Always there: a button that vanished on click would drop focus. */}
      <button
        type="button"
        className="progress-clear"
        onClick={() => clearProgress()}
      >
        진행 기록 지우기
      </button>
    </nav>
  )
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
