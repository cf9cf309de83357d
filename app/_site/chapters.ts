import fs from 'node:fs'
import path from 'node:path'

import matter from 'gray-matter'
import { z } from 'zod'

import { slugOf } from './chapter-slugs.mjs'

// Chapters and listings are read from the project folder at run time (the
// server runs from a checkout), so the bundler is told not to trace them.
export const CONTENT_DIR = path.join(process.cwd(), 'content')

const FrontmatterSchema = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
  summary: z.string().min(1),
})

export type ChapterMeta = z.infer<typeof FrontmatterSchema> & {
  slug: string
  file: string
}

// Every chapter request lists the chapters (sidebar, neighbours, metadata);
// reading and parsing six MDX files each time cost ~30 ms of the main
// thread (docs/performance.md). The list is kept until a file changes.
const listed = new Map<string, { stamp: string; chapters: ChapterMeta[] }>()

/** Every chapter, in reading order. Read synchronously: see page.tsx. */
export function listChapters(dir: string = CONTENT_DIR): ChapterMeta[] {
  const names = fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => name.endsWith('.mdx'))
  const stamp = names
    .map((name) => {
      const file = path.join(/*turbopackIgnore: true*/ dir, name)
      return `${name}:${fs.statSync(/*turbopackIgnore: true*/ file).mtimeMs}`
    })
    .join('|')
  const known = listed.get(dir)
  if (known?.stamp === stamp) return known.chapters
  const chapters = readChapters(dir, names)
  listed.set(dir, { stamp, chapters })
  return chapters
}

function readChapters(dir: string, names: string[]): ChapterMeta[] {
  return names
    .map((name) => {
      const file = path.join(/*turbopackIgnore: true*/ dir, name)
      const { data } = matter(
        fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8'),
      )
      const parsed = FrontmatterSchema.safeParse(data)
      if (!parsed.success) {
        throw new Error(`bad frontmatter in ${name}: ${parsed.error.message}`)
      }
      return { ...parsed.data, slug: slugOf(name), file }
    })
    .sort((a, b) => a.order - b.order)
}

export function findChapter(slug: string) {
  const chapters = listChapters()
  const index = chapters.findIndex((chapter) => chapter.slug === slug)
  if (index < 0) return null
  return {
    chapter: chapters[index] as ChapterMeta,
    previous: chapters[index - 1] ?? null,
    next: chapters[index + 1] ?? null,
  }
}
