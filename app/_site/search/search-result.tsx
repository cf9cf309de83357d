'use client'

import type { SearchHit, Snippet } from './engine'

/** One option of the result list: chapter, heading, and the match in bold. */
export function SearchResult({
  id,
  hit,
  query,
  selected,
  snippetOf,
  onPick,
  onHover,
}: {
  id: string
  hit: SearchHit
  query: string
  selected: boolean
  snippetOf:
    ((text: string, query: string, matched: string[]) => Snippet) | undefined
  onPick: () => void
  onHover: () => void
}) {
  const snippet = snippetOf?.(hit.text, query, hit.matched)
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className="search-result"
      onClick={onPick}
      onMouseMove={onHover}
    >
      <span className="search-result-chapter">
        {hit.order}장 · {hit.chapter}
      </span>
      <span className="search-result-heading">{hit.heading}</span>
      {snippet ? (
        <span className="search-result-snippet">
          {snippet.before}
          {snippet.match ? <mark>{snippet.match}</mark> : null}
          {snippet.after}
        </span>
      ) : null}
    </li>
  )
}
