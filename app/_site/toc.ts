import GithubSlugger from 'github-slugger'
import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'

export type TocEntry = { id: string; text: string; depth: 2 | 3 }

// '## 폼 상태 타입 [#form-state]': an id written by the author survives any
// later rewording of the heading, so links into a chapter keep working.
export const EXPLICIT_ID = /\s*\[#([a-z0-9-]+)\]\s*$/

/**
 * A rehype plugin that gives h2/h3 an id (the author's, else a slug of the
 * text) and collects them for the on-page table of contents.
 */
export function rehypeToc(toc: TocEntry[]) {
  return () => (tree: Root) => {
    const slugger = new GithubSlugger()
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return
      const explicit = takeExplicitId(node)
      const text = toString(node).trim()
      const id = explicit ?? slugger.slug(text)
      node.properties.id = id
      toc.push({ id, text, depth: node.tagName === 'h2' ? 2 : 3 })
      node.children.push(anchorLink(id, text))
    })
  }
}

function takeExplicitId(heading: Element): string | undefined {
  const last = heading.children.at(-1)
  if (last?.type !== 'text') return undefined
  const match = EXPLICIT_ID.exec(last.value)
  if (!match) return undefined
  last.value = last.value.slice(0, match.index)
  return match[1]
}

/** The visible "#" after a heading: a link to share that exact section. */
function anchorLink(id: string, text: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['heading-anchor'],
      href: `#${id}`,
      ariaLabel: `'${text}' 절로 바로 가는 링크`,
    },
    children: [{ type: 'text', value: '#' }],
  }
}
