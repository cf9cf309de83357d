import 'server-only'

import { createHash } from 'node:crypto'
import type { CSSProperties } from 'react'

import { staticHtmlById } from './registry'
import { StaticHtmlView } from './static-html-view'

type Props = { html: string; className: string; style?: CSSProperties }

/**
 * A piece of a chapter that never changes for the learner (prose, a
 * highlighted listing) as HTML in the page, but not in the RSC payload
 * that hydrates it: the payload names it by a hash of its HTML, and the
 * browser keeps the element the server sent (decision 34).
 */
export function StaticHtml({ html, className, style }: Props) {
  const id = createHash('sha256').update(html).digest('base64url').slice(0, 12)
  staticHtmlById().set(id, html)
  // Keyed by its content: changed prose (npm run dev) is a new element,
  // which fills itself from the page, not an old one kept as it was.
  return <StaticHtmlView key={id} id={id} className={className} style={style} />
}
