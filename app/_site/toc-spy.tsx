'use client'

import { useEffect } from 'react'

// Below the sticky header (4.5rem) plus a little: a heading that has
// scrolled up to here is the one being read.
const READING_LINE = 110

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
        } else {
          link.removeAttribute('aria-current')
        }
      }
    }
    function schedule() {
      if (!frame) frame = requestAnimationFrame(update)
    }
    update()
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
