import type { AnchorHTMLAttributes } from 'react'

/**
 * A link into a chapter (or its presenter view) is a plain document load,
 * not a client-side navigation: a chapter's prose and code are in its
 * prerendered HTML but not in the RSC payload the router would fetch
 * (decision 34). The HTML is served from memory, already compressed.
 */
export function ChapterLink(
  props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string },
) {
  return <a {...props} />
}
