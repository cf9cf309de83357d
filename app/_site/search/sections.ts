import 'server-only'

import fs from 'node:fs'

import GithubSlugger from 'github-slugger'
import matter from 'gray-matter'
import type { Heading, Nodes, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

import { listChapters, type ChapterMeta } from '../chapters'
import { EXPLICIT_ID } from '../toc'
import type { SearchDocument } from './tokenize'

// The chapter is parsed as MDX, as the page is, so a tag and its
// attributes never reach the index, however many lines they span. What a
// tag shows as text is named here: a quiz's question and a prediction's
// prompt, but never a quiz's options, its answer or an explanation (they
// would give the answer away in a snippet). A callout's body is prose.
const TEXT_ATTRIBUTES: Record<string, string> = {
  Quiz: 'question',
  Predict: 'prompt',
  CodeListing: 'caption',
}
const PROSE_TAGS = new Set(['Callout'])

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm)

/** The words a reader sees in a piece of the chapter, markup out. */
export function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'break':
      return ' '
    case 'image':
      return node.alt ?? ''
    case 'code':
    case 'html':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return ''
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return tagText(node)
  }
  if (!('children' in node)) return ''
  const parts = (node.children as Nodes[]).map(textOf)
  // Inline pieces run together; blocks (paragraphs, list items, cells)
  // are separate words.
  return node.type === 'paragraph' || node.type === 'heading'
    ? parts.join('')
    : parts.join(' ')
}

type Tag = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>

function tagText(node: Tag): string {
  const name = node.name ?? ''
  const attribute = node.attributes.find(
    (item) =>
      item.type === 'mdxJsxAttribute' && item.name === TEXT_ATTRIBUTES[name],
  )
  const shown = typeof attribute?.value === 'string' ? attribute.value : ''
  const inside = PROSE_TAGS.has(name)
    ? (node.children as Nodes[]).map(textOf).join(' ')
    : ''
  return `${shown} ${inside}`
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

function headingOf(node: Heading, slugger: GithubSlugger) {
  const raw = squash(textOf(node))
  const explicit = EXPLICIT_ID.exec(raw)
  const title = explicit ? raw.slice(0, explicit.index).trim() : raw
  // The same anchor rehypeToc gives the heading on the page.
  return { heading: title, anchor: explicit?.[1] ?? slugger.slug(title) }
}

/**
 * A chapter cut at its h2 and h3 headings, each piece with the anchor the
 * page gives that heading (the author's [#id], else the same slug
 * rehypeToc makes). The text before the first heading links to the top.
 */
export function chapterSections(chapter: ChapterMeta): SearchDocument[] {
  const { content } = matter(fs.readFileSync(chapter.file, 'utf8'))
  const tree = parser.parse(content)
  const slugger = new GithubSlugger()
  const sections: SearchDocument[] = []
  let current = { heading: chapter.title, anchor: null as string | null }
  let parts: string[] = []

  const flush = () => {
    const text = squash(parts.join(' '))
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
    parts = []
  }

  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      flush()
      current = headingOf(node, slugger)
    } else {
      parts.push(textOf(node))
    }
  }
  flush()
  return sections
}

export function allSections(): SearchDocument[] {
  return listChapters().flatMap(chapterSections)
}
