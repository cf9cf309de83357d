import type { Code, Root } from 'mdast'
import { visit } from 'unist-util-visit'

import { fenceHighlight } from './listing'

/**
 * MDX drops a fence's meta string (```ts highlight="2-3"); this remark
 * plugin keeps the highlight as a data attribute on the <code> element, where
 * CodeBlock reads it.
 */
export function remarkFenceMeta() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      const highlight = fenceHighlight(node.meta ?? undefined)
      if (!highlight) return
      node.data = {
        ...node.data,
        hProperties: { ...node.data?.hProperties, 'data-highlight': highlight },
      }
    })
  }
}
