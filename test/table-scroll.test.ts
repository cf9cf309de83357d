import type { Element, Root } from 'hast'
import { describe, expect, it } from 'vitest'

import { rehypeTableScroll } from '@/app/_site/table-scroll'

const text = (value: string) => ({ type: 'text' as const, value })
const el = (tagName: string, children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
})

/** A markdown table as remark-gfm hands it to rehype. */
function table(headings: string[]): Element {
  return el('table', [
    el('thead', [
      el(
        'tr',
        headings.map((h) => el('th', [text(h)])),
      ),
    ]),
    el('tbody', [
      el(
        'tr',
        headings.map(() => el('td', [text('값')])),
      ),
    ]),
  ])
}

describe('rehypeTableScroll', () => {
  it('puts each table in a focusable region named by its column headings', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('p', [text('앞 문단')]),
        table(['구분', '무상태 세션']),
        table(['필드', '관리자']),
        table(['구분', '무상태 세션']),
      ],
    }
    rehypeTableScroll()(tree)

    const [paragraph, ...boxes] = tree.children as Element[]
    expect(paragraph?.tagName).toBe('p')
    expect(boxes.map((box) => box.tagName)).toEqual(['div', 'div', 'div'])
    expect(boxes.map((box) => box.properties.ariaLabel)).toEqual([
      '표: 구분, 무상태 세션',
      '표: 필드, 관리자',
      '표: 구분, 무상태 세션 (2)',
    ])
    for (const box of boxes) {
      expect(box.properties).toMatchObject({
        className: ['table-scroll'],
        role: 'region',
        tabIndex: 0,
      })
      expect((box.children[0] as Element).tagName).toBe('table')
    }
  })

  it('finds a table inside another element too', () => {
    const tree: Root = {
      type: 'root',
      children: [el('aside', [table(['자리'])])],
    }
    rehypeTableScroll()(tree)
    const box = (tree.children[0] as Element).children[0] as Element
    expect(box.properties.ariaLabel).toBe('표: 자리')
  })
})
