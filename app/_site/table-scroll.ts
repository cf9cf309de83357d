import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toString } from 'hast-util-to-string'

/**
 * A rehype plugin: every markdown table goes into a box that scrolls
 * sideways when the table is wider than the column (a phone). A region
 * that scrolls must be reachable by keyboard (axe's
 * scrollable-region-focusable), so the box takes focus and, being a named
 * region, says what it holds: "표: " and the table's column headings.
 * Names repeat on no page: a second table with the same headings gets a
 * number.
 */
export function rehypeTableScroll() {
  return (tree: Root) => {
    const used = new Map<string, number>()
    wrapTables(tree, (table) => {
      const base = `표: ${columnHeadings(table).join(', ')}`
      const seen = (used.get(base) ?? 0) + 1
      used.set(base, seen)
      return seen === 1 ? base : `${base} (${seen})`
    })
  }
}

function wrapTables(
  parent: Root | Element,
  labelOf: (table: Element) => string,
) {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child
    if (child.tagName !== 'table') {
      wrapTables(child, labelOf)
      return child
    }
    return wrapper(child, labelOf(child))
  }) as (RootContent & ElementContent)[]
}

function wrapper(table: Element, label: string): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['table-scroll'],
      role: 'region',
      ariaLabel: label,
      tabIndex: 0,
    },
    children: [table],
  }
}

function columnHeadings(table: Element): string[] {
  const headings: string[] = []
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'th') headings.push(toString(child).trim())
      else if (child.tagName === 'thead' || child.tagName === 'tr') visit(child)
    }
  }
  visit(table)
  return headings.filter(Boolean)
}
