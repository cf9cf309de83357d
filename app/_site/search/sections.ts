import 'server-only'

import fs from 'node:fs'

import GithubSlugger from 'github-slugger'
import matter from 'gray-matter'

import { listChapters, type ChapterMeta } from '../chapters'
import { EXPLICIT_ID } from '../toc'
import type { SearchDocument } from './tokenize'

const HEADING = /^(#{2,3})\s+(.+)$/
const FENCE = /^\s*(```|~~~)/
const TAG_LINE = /^\s*<\/?[A-Z][^>]*>?\s*$|^\s*\/?>\s*$|^\s*[a-z]+="[^"]*"\s*$/

/** Markdown and inline tags out, the words a reader sees in. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~]/g, '')
    .replace(/^\s*[|:\- ]+$/gm, ' ')
    .replace(/\|/g, ' ')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A chapter cut at its h2 and h3 headings, each piece with the anchor the
 * page gives that heading (the author's [#id], else the same slug
 * rehypeToc makes). The text before the first heading links to the top.
 */
export function chapterSections(chapter: ChapterMeta): SearchDocument[] {
  const { content } = matter(fs.readFileSync(chapter.file, 'utf8'))
  const slugger = new GithubSlugger()
  const sections: SearchDocument[] = []
  let current = { heading: chapter.title, anchor: null as string | null }
  let lines: string[] = []
  let inFence = false

  const flush = () => {
    const text = plainText(lines.join('\n'))
    if (text || current.anchor) {
      sections.push({
        id: `${chapter.slug}#${current.anchor ?? ''}`,
        slug: chapter.slug,
        chapter: chapter.title,
        order: chapter.order,
        heading: current.heading,
        anchor: current.anchor,
        text,
      })
    }
    lines = []
  }

  for (const line of content.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence
    if (inFence || FENCE.test(line) || TAG_LINE.test(line)) continue
    const heading = HEADING.exec(line)
    if (!heading) {
      lines.push(line)
      continue
    }
    flush()
    const raw = heading[2] as string
    const explicit = EXPLICIT_ID.exec(raw)
    const title = plainText(explicit ? raw.slice(0, explicit.index) : raw)
    current = { heading: title, anchor: explicit?.[1] ?? slugger.slug(title) }
  }
  flush()
  return sections
}

export function allSections(): SearchDocument[] {
  return listChapters().flatMap(chapterSections)
}
