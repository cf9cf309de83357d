import { ChapterLink } from '@/app/_site/chapter-link'

import { listChapters } from './chapters'

/** Every chapter with its number and summary: home, /chapters, 404. */
export function ChapterList() {
  return (
    <ol className="chapter-list">
      {listChapters().map((chapter) => (
        <li key={chapter.slug}>
          <ChapterLink href={`/chapters/${chapter.slug}`}>
            <span className="chapter-order">{chapter.order}장</span>
            <span className="chapter-title">{chapter.title}</span>
          </ChapterLink>
          <p>{chapter.summary}</p>
        </li>
      ))}
    </ol>
  )
}
