import { notFound, permanentRedirect } from 'next/navigation'

import { findChapter } from './chapters'

/**
 * The chapter a route's slug names. next.config's rewrites already send
 * unknown slugs to the not-found page, but they compare without regard to
 * case: /chapters/Signup reaches the page, and goes to its one address.
 */
export function chapterFor(slug: string, base: string) {
  const found = findChapter(slug)
  if (found) return found
  const lower = slug.toLowerCase()
  if (findChapter(lower)) permanentRedirect(`${base}/${lower}`)
  notFound()
}
