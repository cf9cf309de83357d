import type { Element, Root, RootContent } from 'hast'
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx'
import { describe, expect, it } from 'vitest'

import { rehypeStaticRuns } from '@/app/_site/static-runs'

const text = (value: string) => ({ type: 'text' as const, value })
const el = (
  tagName: string,
  children: Element['children'],
  properties: Element['properties'] = {},
): Element => ({ type: 'element', tagName, properties, children })
const jsx = (
  name: string,
  children: MdxJsxFlowElementHast['children'],
): MdxJsxFlowElementHast => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: [],
  children,
})

/** What the plugin made of a tree: tag names, and each run's HTML. */
function shape(nodes: RootContent[]): unknown[] {
  return nodes.flatMap((node): unknown[] => {
    if (node.type === 'text') return node.value.trim() ? [node.value] : []
    if (node.type === 'element') return [node.tagName]
    if (node.type !== 'mdxJsxFlowElement') return [node.type]
    if (node.name !== 'StaticHtml') {
      return [{ [node.name ?? '?']: shape(node.children as RootContent[]) }]
    }
    const html = node.attributes.find(
      (attribute) => 'name' in attribute && attribute.name === 'html',
    )
    return [{ StaticHtml: html?.value }]
  })
}

describe('rehypeStaticRuns', () => {
  it('turns each run of plain prose into one StaticHtml holding its HTML', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('h2', [text('세션 '), el('code', [text('cookies()')])], {
          id: 'session',
        }),
        text('\n'),
        el('p', [text('쿠키를 읽습니다 <b>')]),
        el('pre', [el('code', [text('const a = 1')])]),
        el('ul', [el('li', [text('하나')])]),
      ],
    }
    rehypeStaticRuns()(tree)

    expect(shape(tree.children)).toEqual([
      {
        StaticHtml:
          '<h2 id="session">세션 <code>cookies()</code></h2>\n' +
          '<p>쿠키를 읽습니다 &#x3C;b></p>',
      },
      // Fenced code stays for CodeBlock (highlighting, the copy button).
      'pre',
      { StaticHtml: '<ul><li>하나</li></ul>' },
    ])
  })

  it('makes runs inside Callout and Predict, and leaves other tags whole', () => {
    const tree: Root = {
      type: 'root',
      children: [
        jsx('Callout', [el('p', [text('주의')]), jsx('Quiz', [])]),
        jsx('Quiz', [el('p', [text('정답 해설')])]),
        jsx('Predict', [el('p', [text('예상해 보세요')])]),
      ],
    }
    rehypeStaticRuns()(tree)

    expect(shape(tree.children)).toEqual([
      { Callout: [{ StaticHtml: '<p>주의</p>' }, { Quiz: [] }] },
      // A quiz's explanation shows only after an answer: it stays React.
      { Quiz: ['p'] },
      { Predict: [{ StaticHtml: '<p>예상해 보세요</p>' }] },
    ])
  })

  it('leaves whitespace alone and makes no empty runs', () => {
    const tree: Root = {
      type: 'root',
      children: [text('\n'), jsx('Quiz', []), text('\n')],
    }
    rehypeStaticRuns()(tree)
    expect(tree.children.map((node) => node.type)).toEqual([
      'text',
      'mdxJsxFlowElement',
      'text',
    ])
  })

  it('keeps an element with JSX inside out of any run', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('p', [text('앞')]),
        el('div', [jsx('Island', [])] as Element['children']),
        el('p', [text('뒤')]),
      ],
    }
    rehypeStaticRuns()(tree)
    expect(shape(tree.children)).toEqual([
      { StaticHtml: '<p>앞</p>' },
      'div',
      { StaticHtml: '<p>뒤</p>' },
    ])
  })
})
