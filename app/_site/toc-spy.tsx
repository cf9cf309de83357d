'use client'

import { useEffect } from 'react'

// Below the sticky header (4.5rem) plus a little: a heading that has
// scrolled up to here is the one being read.
const READING_LINE = 110

/** Room kept above and below the marked entry inside the list. */
const EDGE = 32

/**
 * Scrolls a sticky table of contents (nav.toc scrolls when its list is
 * taller than the window) so the marked entry is inside it. Only the
 * list's own scrollTop moves: scrollIntoView() would scroll the page too.
 */
function keepInList(link: HTMLAnchorElement) {
  const list = link.closest<HTMLElement>('nav.toc')
  if (!list || list.scrollHeight <= list.clientHeight) return
  const box = list.getBoundingClientRect()
  const entry = link.getBoundingClientRect()
  let by = 0
  if (entry.top < box.top + EDGE) by = entry.top - box.top - EDGE
  else if (entry.bottom > box.bottom - EDGE) {
    by = entry.bottom - box.bottom + EDGE
  }
  if (by === 0) return
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  list.scrollBy({ top: by, behavior: still ? 'instant' : 'smooth' })
}

/**
 * Marks, in every table of contents on the page, the entry of the section
 * being read (aria-current="location"), and follows the scrolling.
 */
export function TocSpy() {
  useEffect(() => {
    const links = Array.from(
      document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]'),
    )
    const ids = [...new Set(links.map((link) => link.hash.slice(1)))]
    const headings = ids
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null)
    if (headings.length === 0) return

    let frame = 0
    let shown = ''
    function update() {
      frame = 0
      let current = headings[0] as HTMLElement
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top > READING_LINE) break
        current = heading
      }
      // At the very bottom the last headings can never reach the line.
      const root = document.documentElement
      if (window.innerHeight + window.scrollY >= root.scrollHeight - 2) {
        current = headings.at(-1) as HTMLElement
      }
      for (const link of links) {
        if (link.hash.slice(1) === current.id) {
          link.setAttribute('aria-current', 'location')
          // Only when the section changes: a learner scrolling the list
          // by hand is not pulled back on every scroll event.
          if (shown !== current.id) keepInList(link)
        } else {
          link.removeAttribute('aria-current')
        }
      }
      shown = current.id
    }
    function schedule() {
      if (!frame) frame = requestAnimationFrame(update)
    }
    // In the next frame, not now: reading positions here would force a
    // layout of the whole chapter inside hydration's task.
    schedule()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('hashchange', schedule)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('hashchange', schedule)
    }
  }, [])
  return null
}
