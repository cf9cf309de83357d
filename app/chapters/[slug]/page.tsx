import type { Metadata } from 'next'
import { ChapterLink } from '@/app/_site/chapter-link'

import { chapterFor } from '@/app/_site/chapter-route'
import { findChapter, listChapters } from '@/app/_site/chapters'
import { compileChapter } from '@/app/_site/mdx'
import { HighlightStyles } from '@/app/_site/components/highlight-styles'
import { ChapterNav } from '@/app/_site/progress/chapter-nav'
import { countDemos } from '@/app/_site/progress/demo-count'
import { ProgressTracker } from '@/app/_site/progress/progress-tracker'
import { socialMetadata } from '@/app/_site/social'
import { TocSpy } from '@/app/_site/toc-spy'
import type { TocEntry } from '@/app/_site/toc'
import { ChapterSteps } from '@/demos/workshop/chapter-steps'

type Props = { params: Promise<{ slug: string }> }

export function generateStaticParams() {
  return listChapters().map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findChapter((await params).slug)
  if (!found) return {}
  const { slug, title, summary } = found.chapter
  return {
    title,
    description: summary,
    ...socialMetadata({
      path: `/chapters/${slug}`,
      title,
      description: summary,
      image: slug,
    }),
  }
}

// Every chapter is rendered whole at build time and served as a file:
// prose, code and forms, even without JavaScript. What depends on the
// learner loads after mount (demos/islands). The build fails if anything
// in the page or its layouts starts to need the request (decision 33).
export const ensureStatic = 'navigation'
// Awaiting params outside <Suspense> keeps the whole chapter in the first
// HTML; Next's instant-navigation check would flag that, hence the opt-out.
export const instant = false

export default async function ChapterPage({ params }: Props) {
  const { chapter, previous, next } = chapterFor(
    (await params).slug,
    '/chapters',
  )
  const { content, toc } = await compileChapter(chapter)
  const navChapters = listChapters().map((item) => ({
    slug: item.slug,
    order: item.order,
    title: item.title,
    demoCount: countDemos(item),
  }))

  return (
    <div className="chapter-layout">
      <HighlightStyles />
      <ChapterNav chapters={navChapters} current={chapter.slug} />

      <main id="main" className="chapter">
        <p className="chapter-kicker">{chapter.order}장</p>
        <h1>{chapter.title}</h1>
        <p className="chapter-summary">{chapter.summary}</p>
        <details className="toc-inline" data-toc>
          <summary>이 장의 차례</summary>
          <TocList toc={toc} />
        </details>
        {content}
        <ChapterSteps chapter={chapter.slug} />
        <ProgressTracker key={chapter.slug} slug={chapter.slug} />
        <PrevNext previous={previous} next={next} />
      </main>

      <nav className="toc" aria-label="이 장의 차례" data-toc>
        <p className="toc-title">이 장의 차례</p>
        <TocList toc={toc} />
      </nav>
      <TocSpy key={chapter.slug} />
    </div>
  )
}

function TocList({ toc }: { toc: TocEntry[] }) {
  return (
    <ol>
      {toc.map((entry) => (
        <li key={entry.id} data-depth={entry.depth}>
          <a href={`#${entry.id}`}>{entry.text}</a>
        </li>
      ))}
    </ol>
  )
}

type Neighbour = { slug: string; title: string } | null

function PrevNext({
  previous,
  next,
}: {
  previous: Neighbour
  next: Neighbour
}) {
  return (
    <nav className="prev-next" aria-label="이전 장과 다음 장">
      {previous ? (
        <ChapterLink href={`/chapters/${previous.slug}`} rel="prev">
          <span>이전 장</span> {previous.title}
        </ChapterLink>
      ) : (
        <span />
      )}
      {next ? (
        <ChapterLink href={`/chapters/${next.slug}`} rel="next">
          <span>다음 장</span> {next.title}
        </ChapterLink>
      ) : (
        <span />
      )}
    </nav>
  )
}
