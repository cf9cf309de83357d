// Loaded only when a learner first opens search, so MiniSearch and the
// index never weigh on a chapter's first load.
import MiniSearch, { type SearchOptions } from 'minisearch'

import {
  INDEX_OPTIONS,
  isHangulTerm,
  termText,
  tokenize,
  type SearchDocument,
} from './tokenize'

export type SearchHit = SearchDocument & {
  score: number
  /** The words of the section that matched, as written (for the snippet). */
  matched: string[]
}

export type SearchAnswer = {
  hits: SearchHit[]
  /** Every section that matched; hits holds the first MAX_HITS. */
  total: number
  /** No section matched as typed: these are close spellings (decision 41). */
  similar: boolean
}

export const INDEX_URL = '/api/search-index'
export const MAX_HITS = 12
const NOTHING: SearchAnswer = { hits: [], total: 0, similar: false }

export async function loadSearch() {
  const response = await fetch(INDEX_URL)
  if (!response.ok) throw new Error(`search index: ${response.status}`)
  return searcher(
    MiniSearch.loadJSON<SearchDocument>(await response.text(), INDEX_OPTIONS),
  )
}

const EXACT: SearchOptions = {
  // Every pair of syllables must be there, so 데이터베이스 does not
  // match every section that merely says 데이.
  combineWith: 'AND',
  prefix: true,
  boost: { heading: 3 },
  tokenize,
}

/**
 * One letter off in a Hangul pair (세샨 → 세션, 쿠기 → 쿠키: the terms are
 * jamo), about one in five for a Latin word of four letters or more
 * (sesion, updateSesion). Shorter terms must be exact: one edit away from
 * 값 or id is half the dictionary.
 */
function typoDistance(term: string): number | false {
  if (isHangulTerm(term)) return term.length >= 4 ? 1 : false
  return term.length >= 4 ? 0.2 : false
}

/**
 * Close spellings, all terms still required. One mistyped syllable spoils
 * up to two pairs, so two terms in four may be fuzzy; the rest must be
 * there as typed (or begin so). Without this, 고양이사료 matched 모양,
 * 양이, 이스 and 사라: four near misses are not the word.
 */
function close(terms: string[]): SearchOptions {
  const fuzzyAllowed = 2 * Math.max(1, Math.floor(terms.length / 4))
  return {
    ...EXACT,
    fuzzy: typoDistance,
    filter: (result) => {
      const found = Object.keys(result.match)
      const typed = terms.filter((term) =>
        found.some((word) => word.startsWith(term)),
      )
      return typed.length >= terms.length - fuzzyAllowed
    },
  }
}

/**
 * The last retry: two in three of the query's terms, as typed (a long
 * query with one word the chapters spell differently). Fuzzy and partial
 * at once would match nonsense.
 */
function looser(terms: string[]): SearchOptions {
  const needed = Math.max(1, Math.ceil((terms.length * 2) / 3))
  return {
    ...EXACT,
    combineWith: 'OR',
    filter: (result) => new Set(result.queryTerms).size >= needed,
  }
}

/** The query function the search box calls on every keystroke. */
export function searcher(index: MiniSearch<SearchDocument>) {
  return function search(query: string): SearchAnswer {
    const wanted = query.normalize('NFC').trim().toLowerCase()
    const terms = [...new Set(tokenize(wanted))]
    if (terms.length === 0) return NOTHING
    let similar = false
    let found = index.search(wanted, EXACT)
    // Nothing as typed: close spellings, then fewer of the query's pairs.
    for (const options of [close(terms), looser(terms)]) {
      if (found.length > 0) break
      similar = true
      found = index.search(wanted, options)
    }
    // Sections that hold the query as typed (not only its pieces) first.
    const exact = (hit: SearchDocument) =>
      (hit.heading + ' ' + hit.text).toLowerCase().includes(wanted) ? 0 : 1
    const hits = found
      .map((result, rank) => {
        const hit = result as unknown as SearchDocument & { score: number }
        return { hit, rank, matched: result.terms.map(termText) }
      })
      .sort((a, b) => exact(a.hit) - exact(b.hit) || a.rank - b.rank)
      .slice(0, MAX_HITS)
      .map(({ hit, matched }) => ({ ...hit, matched }))
    return { hits, total: found.length, similar: similar && hits.length > 0 }
  }
}

export type Snippet = { before: string; match: string; after: string }

/**
 * About a line of text around the first place the query occurs, or, for
 * a close spelling, the first place a matched word occurs.
 */
export function snippetOf(
  text: string,
  query: string,
  matched: string[] = [],
): Snippet {
  const lower = text.toLowerCase()
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  const closest = [...matched].sort((a, b) => b.length - a.length)
  const candidates = [query.trim().toLowerCase(), ...words, ...closest]
  let at = -1
  let length = 0
  for (const candidate of candidates) {
    at = candidate ? lower.indexOf(candidate.toLowerCase()) : -1
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
