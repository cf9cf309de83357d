import type { CSSProperties } from 'react'

/**
 * The line count of a code block, for CSS: a block off screen is not laid
 * out at all (content-visibility in globals.css), and this tells the page
 * how tall it will be, so the scrollbar and anchors do not jump.
 */
export function codeLines(count: number): CSSProperties {
  return { '--code-lines': count } as CSSProperties
}
