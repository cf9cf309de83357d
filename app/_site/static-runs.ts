import type { ElementContent, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx'

// Tags whose children are always in the page's HTML, so their prose can be
// static too. A part that appears only after a click would have no server
// HTML for the browser to keep.
const OPEN_TAGS = new Set(['Callout', 'Predict'])

type Parent = Root | MdxJsxFlowElementHast
type Child = RootContent | ElementContent

/**
 * A rehype plugin: every run of plain markdown (headings, paragraphs,
 * lists, tables) becomes one `<StaticHtml>` holding its HTML, so the
 * chapter's prose is not also in the RSC payload that hydrates the page
 * (decision 34). Fenced code and JSX tags stay what they are.
 */
export function rehypeStaticRuns() {
  return (tree: Root) => gather(tree)
}

function isPlain(node: Child): boolean {
  if (node.type === 'text') return true
  if (node.type !== 'element') return false
  // Fenced code is rendered by CodeBlock (highlight, copy button).
  if (node.tagName === 'pre') return false
  return node.children.every(isPlain)
}

function gather(parent: Parent) {
  const children: Child[] = []
  let run: Child[] = []
  const flush = () => {
    if (run.some((node) => node.type === 'element')) {
      children.push(staticPart(run as ElementContent[]))
    } else children.push(...run)
    run = []
  }
  for (const child of parent.children as Child[]) {
    if (isPlain(child)) {
      run.push(child)
      continue
    }
    flush()
    if (child.type === 'mdxJsxFlowElement' && OPEN_TAGS.has(child.name ?? '')) {
      gather(child)
    }
    children.push(child)
  }
  flush()
  parent.children = children as Parent['children']
}

function staticPart(run: ElementContent[]): MdxJsxFlowElementHast {
  return {
    type: 'mdxJsxFlowElement',
    name: 'StaticHtml',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'className', value: 'prose-run' },
      { type: 'mdxJsxAttribute', name: 'html', value: toHtml(run) },
    ],
    children: [],
  }
}
