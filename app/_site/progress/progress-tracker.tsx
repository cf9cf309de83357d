'use client'

import { useEffect, useRef } from 'react'

import { markChapterRead, markDemoTried } from './progress-store'

/**
 * Sits at the end of a chapter. Reaching it marks the chapter read; a form
 * sent from inside one of the chapter's demos marks that demo tried (a
 * rejected attempt counts: seeing the server say no is part of the lesson).
 */
export function ProgressTracker({ slug }: { slug: string }) {
  const end = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const target = end.current
    if (!target) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        markChapterRead(slug)
        observer.disconnect()
      }
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [slug])

  useEffect(() => {
    // Capture phase: React's form actions stop the native submit, not
    // the event itself, so every demo form is seen here.
    function onSubmit(event: SubmitEvent) {
      const form = event.target as HTMLElement | null
      const demo = form?.closest<HTMLElement>('section.demo[id]')
      if (demo) markDemoTried(slug, demo.id)
    }
    document.addEventListener('submit', onSubmit, true)
    return () => document.removeEventListener('submit', onSubmit, true)
  }, [slug])

  return <div ref={end} className="chapter-end" aria-hidden="true" />
}
