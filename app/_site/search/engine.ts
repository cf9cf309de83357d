// Loaded only when a learner first opens search, so MiniSearch and the
// index never weigh on a chapter's first load.
import MiniSearch from 'minisearch'

import { INDEX_OPTIONS, tokenize, type SearchDocument } from './tokenize'

export type SearchHit = SearchDocument & { score: number }

export const INDEX_URL = '/api/search-index'
const MAX_HITS = 12

export async function loadSearch() {
  const response = await fetch(INDEX_URL)
  if (!response.ok) throw new Error(`search index: ${response.status}`)
  return searcher(
    MiniSearch.loadJSON<SearchDocument>(await response.text(), INDEX_OPTIONS),
  )
}

/** The query function the search box calls on every keystroke. */
export function searcher(index: MiniSearch<SearchDocument>) {
  return function search(query: string): SearchHit[] {
    const wanted = query.normalize('NFC').trim().toLowerCase()
    if (!wanted) return []
    const hits = index.search(wanted, {
      // Every pair of syllables must be there, so 데이터베이스 does not
      // match every section that merely says 데이.
      combineWith: 'AND',
      prefix: true,
      boost: { heading: 3 },
      tokenize,
    }) as unknown as SearchHit[]
    // Sections that hold the query as typed (not only its pieces) first.
    const exact = (hit: SearchHit) =>
      (hit.heading + ' ' + hit.text).toLowerCase().includes(wanted) ? 0 : 1
    return hits
      .map((hit, rank) => ({ hit, rank }))
      .sort((a, b) => exact(a.hit) - exact(b.hit) || a.rank - b.rank)
      .slice(0, MAX_HITS)
      .map(({ hit }) => hit)
  }
}

export type Snippet = { before: string; match: string; after: string }

/** About a line of text around the first place the query occurs. */
export function snippetOf(text: string, query: string): Snippet {
  const lower = text.toLowerCase()
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  const candidates = [query.trim().toLowerCase(), ...words]
  let at = -1
  let length = 0
  for (const candidate of candidates) {
    at = lower.indexOf(candidate)
    if (at >= 0) {
      length = candidate.length
      break
    }
  }
  if (at < 0) return { before: text.slice(0, 120), match: '', after: '' }
  const start = Math.max(0, at - 40)
  const end = Math.min(text.length, at + length + 80)
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, at + length),
    after: text.slice(at + length, end) + (end < text.length ? '…' : ''),
  }
}
