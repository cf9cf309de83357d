import Link from 'next/link'

import { listChapters } from './chapters'

/** Every chapter with its number and summary: home, /chapters, 404. */
export function ChapterList() {
  return (
    <ol className="chapter-list">
      {listChapters().map((chapter) => (
        <li key={chapter.slug}>
          <Link href={`/chapters/${chapter.slug}`}>
            <span className="chapter-order">{chapter.order}장</span>
            <span className="chapter-title">{chapter.title}</span>
          </Link>
          <p>{chapter.summary}</p>
        </li>
      ))}
    </ol>
  )
}
