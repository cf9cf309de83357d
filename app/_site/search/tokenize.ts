// Shared by the index (built on the server) and the search box (in the
// browser): both must cut text into the same terms.

// A run of Hangul, or a run of other letters and digits.
const WORD = /\p{Script=Hangul}+|(?:(?!\p{Script=Hangul})[\p{L}\p{N}_])+/gu
const HANGUL = /^\p{Script=Hangul}/u

/**
 * Korean glues particles to nouns (세션은, 쿠키를), so splitting on spaces
 * never yields the bare noun. Hangul runs are cut into overlapping pairs of
 * syllables instead: 세션은 → 세션, 션은. A search for 세션 then finds
 * 세션은, 세션을 and 세션 alike. Other words stay whole.
 *
 * Each Hangul term is stored decomposed into its letters (NFD jamo:
 * 세션 → ᄉ ᅦ ᄉ ᅧ ᆫ), so a typo of one letter (세샨, 쿠기) is one edit
 * away for the fuzzy search, and a syllable still being typed (세셔) is a
 * prefix of the word it becomes. termText() turns a term back.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = []
  for (const [word] of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    if (!HANGUL.test(word)) {
      terms.push(word)
    } else if (word.length < 3) {
      terms.push(word.normalize('NFD'))
    } else {
      for (let i = 0; i + 2 <= word.length; i++) {
        terms.push(word.slice(i, i + 2).normalize('NFD'))
      }
    }
  }
  return terms
}

/** A term as a reader writes it (jamo composed back into syllables). */
export function termText(term: string): string {
  return term.normalize('NFC')
}

export const isHangulTerm = (term: string) => HANGUL.test(term)

export type SearchDocument = {
  id: string
  slug: string
  chapter: string
  order: number
  heading: string
  anchor: string | null
  text: string
}

export const SEARCH_FIELDS = ['heading', 'text'] as const
export const STORED_FIELDS = [
  'slug',
  'chapter',
  'order',
  'heading',
  'anchor',
  'text',
] as const

/** The options the index is built with; loading it needs the same. */
export const INDEX_OPTIONS = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize,
}
