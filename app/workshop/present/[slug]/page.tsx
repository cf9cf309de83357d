import type { Metadata } from 'next'
import { ChapterLink } from '@/app/_site/chapter-link'
import { Suspense } from 'react'

import { chapterFor } from '@/app/_site/chapter-route'
import { findChapter, listChapters } from '@/app/_site/chapters'
import { HighlightStyles } from '@/app/_site/components/highlight-styles'
import { compileChapter } from '@/app/_site/mdx'
import { Inspector } from '@/demos/inspector/inspector'
import { ChapterSteps } from '@/demos/workshop/chapter-steps'

type Props = { params: Promise<{ slug: string }> }

export function generateStaticParams() {
  return listChapters().map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findChapter((await params).slug)
  if (!found) return {}
  return { title: `발표: ${found.chapter.title}`, robots: { index: false } }
}

// Static like the chapter pages; only the inspector renders per request.
export const instant = false

/** For a projector: large type, the chapter beside the inspector. */
export default async function PresentPage({ params }: Props) {
  const { chapter, previous, next } = chapterFor(
    (await params).slug,
    '/workshop/present',
  )
  const { content } = await compileChapter(chapter)

  return (
    <div className="present-layout" data-testid="present">
      <HighlightStyles />
      <main id="main" className="chapter present-chapter">
        <p className="chapter-kicker">
          {chapter.order}장 · 발표 모드 ·{' '}
          <ChapterLink href={`/chapters/${chapter.slug}`}>
            보통 화면으로
          </ChapterLink>
        </p>
        <h1>{chapter.title}</h1>
        <p className="chapter-summary">{chapter.summary}</p>
        {content}
        <ChapterSteps chapter={chapter.slug} />
        <nav className="prev-next" aria-label="이전 장과 다음 장">
          {previous ? (
            <ChapterLink href={`/workshop/present/${previous.slug}`} rel="prev">
              <span>이전 장</span> {previous.title}
            </ChapterLink>
          ) : (
            <span />
          )}
          {next ? (
            <ChapterLink href={`/workshop/present/${next.slug}`} rel="next">
              <span>다음 장</span> {next.title}
            </ChapterLink>
          ) : (
            <span />
          )}
        </nav>
      </main>
      <aside className="present-side" aria-label="발표용 요청 살펴보기">
        <Suspense fallback={<p className="muted">요청을 살펴보는 중…</p>}>
          {/* Projected: the header and payload, never the raw token. */}
          <Inspector demo="present" rawToken={false} />
        </Suspense>
      </aside>
    </div>
  )
}
