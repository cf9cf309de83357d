import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { listChapters } from '@/app/_site/chapters'
import {
  cutListing,
  fenceHighlight,
  findFences,
  findListingTags,
  ListingError,
  parseHighlight,
} from '@/app/_site/listing'

describe('parseHighlight', () => {
  it('turns "3-5,8" into the lines 3, 4, 5 and 8', () => {
    expect([...parseHighlight('3-5,8', 10, 'x')]).toEqual([3, 4, 5, 8])
  })

  it('marks nothing when a listing asks for nothing', () => {
    expect(parseHighlight(undefined, 10, 'x').size).toBe(0)
  })

  it('refuses a line past the end of the listing, a reversed range and junk', () => {
    expect(() => parseHighlight('9-11', 10, 'x')).toThrow(ListingError)
    expect(() => parseHighlight('5-3', 10, 'x')).toThrow(ListingError)
    expect(() => parseHighlight('0', 10, 'x')).toThrow(ListingError)
    expect(() => parseHighlight('a-b', 10, 'x')).toThrow(ListingError)
  })
})

describe('highlights written in the chapters', () => {
  it('read highlight="…" from a fence’s meta string', () => {
    expect(fenceHighlight(' highlight="2-3"')).toBe('2-3')
    expect(fenceHighlight('')).toBeUndefined()
    const [fence] = findFences('```ts highlight="1"\nconst a = 1\n```\n')
    expect(fence).toEqual({ lang: 'ts', code: 'const a = 1\n', highlight: '1' })
  })

  it('each point inside the listing they mark', () => {
    const marked = listChapters().flatMap((chapter) =>
      findListingTags(fs.readFileSync(chapter.file, 'utf8')).filter(
        (tag) => tag.highlight,
      ),
    )
    expect(marked.length).toBeGreaterThanOrEqual(3)
    for (const tag of marked) {
      const listing = cutListing(tag)
      const lines = listing.code.split('\n').length
      expect(
        parseHighlight(tag.highlight, lines, tag.file).size,
      ).toBeGreaterThan(0)
    }
  })
})

describe('social preview images', () => {
  const ogDir = path.join(process.cwd(), 'public', 'og')
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ogDir, 'manifest.json'), 'utf8'),
  ) as Record<string, { title: string; summary: string }>

  it('exist per chapter and match its title and summary (scripts/og-images.mjs)', () => {
    for (const chapter of listChapters()) {
      expect(manifest[chapter.slug]).toEqual({
        title: chapter.title,
        summary: chapter.summary,
      })
      const png = fs.readFileSync(path.join(ogDir, `${chapter.slug}.png`))
      // The PNG signature, then the IHDR width and height: 1200 × 630.
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
      expect(png.readUInt32BE(16)).toBe(1200)
      expect(png.readUInt32BE(20)).toBe(630)
    }
  })
})

describe('the chapters', () => {
  it('each end with a quiz section of at least two questions', () => {
    for (const chapter of listChapters()) {
      const text = fs.readFileSync(chapter.file, 'utf8')
      const quizAt = text.indexOf('## 확인 문제 [#quiz]')
      expect(quizAt, chapter.slug).toBeGreaterThan(0)
      const quizzes = text.slice(quizAt).match(/<Quiz\b/g) ?? []
      expect(quizzes.length, chapter.slug).toBeGreaterThanOrEqual(2)
    }
  })
})
