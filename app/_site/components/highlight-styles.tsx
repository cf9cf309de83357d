import { highlightCss } from '../highlight'

/**
 * The colours of highlighted code, as classes (see highlight.ts). React
 * hoists this into <head> once per page, however often it is rendered.
 */
export function HighlightStyles() {
  return (
    <style href="highlight-classes" precedence="default">
      {highlightCss()}
    </style>
  )
}
