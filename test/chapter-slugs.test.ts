import { describe, expect, it } from 'vitest'

import {
  chapterSlugs,
  slugOf,
  unknownSlugSegment,
} from '@/app/_site/chapter-slugs.mjs'
import { CONTENT_DIR, listChapters } from '@/app/_site/chapters'

describe('chapter slugs for next.config', () => {
  it('are the slugs the chapter pages are built for', () => {
    expect(slugOf('content/01-signup.mdx')).toBe('signup')
    expect(chapterSlugs(CONTENT_DIR).sort()).toEqual(
      listChapters()
        .map((chapter) => chapter.slug)
        .sort(),
    )
  })

  it('make a segment pattern that matches every slug but the real ones', () => {
    const segment = unknownSlugSegment(['signup', 'sessions'])
    const inner = /^:slug\((.*)\)$/.exec(segment)?.[1] as string
    const unknown = new RegExp(`^${inner}$`)
    for (const slug of ['nope', 'signups', 'signup-x', 'session', 'x-signup']) {
      expect(unknown.test(slug), slug).toBe(true)
    }
    for (const slug of ['signup', 'sessions']) {
      expect(unknown.test(slug), slug).toBe(false)
    }
  })
})
