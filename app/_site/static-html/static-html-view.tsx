'use client'

import { useEffect, useRef, type CSSProperties } from 'react'

import { staticHtmlById } from './registry'

type Props = { id: string; className: string; style?: CSSProperties }

// One object for every render in the browser: React then never writes the
// element's HTML again, so what the server sent stays.
const KEEP = { __html: '' }

/** The client half of StaticHtml (static-html.tsx). */
export function StaticHtmlView({ id, className, style }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const html = staticHtmlById().get(id)
  if (typeof window === 'undefined' && html === undefined) {
    // Rendering to HTML without the server component's part: the page
    // would ship with a hole. Fail the build instead.
    throw new Error(`static HTML ${id} is not known to this render`)
  }

  useEffect(() => {
    const element = ref.current
    // Hydrated over the server's HTML: nothing to do.
    if (!element || element.childNodes.length > 0) return
    // Mounted by a navigation inside the app: the RSC payload has only the
    // id, so take the part from this page's own HTML.
    void fillFromPage(element, id)
  }, [id])

  return (
    <div
      ref={ref}
      className={className}
      style={style}
      data-static-html={id}
      dangerouslySetInnerHTML={html === undefined ? KEEP : { __html: html }}
      suppressHydrationWarning
    />
  )
}

const pages = new Map<string, Promise<Document | null>>()

function pageDocument(path: string): Promise<Document | null> {
  let page = pages.get(path)
  if (!page) {
    page = fetch(path, { headers: { accept: 'text/html' } })
      .then((response) => (response.ok ? response.text() : null))
      .then((text) =>
        text === null
          ? null
          : new DOMParser().parseFromString(text, 'text/html'),
      )
      .catch(() => null)
    pages.set(path, page)
    // A failed load is tried again by the next part that needs it.
    void page.then((found) => found ?? pages.delete(path))
  }
  return page
}

async function fillFromPage(element: HTMLElement, id: string) {
  const page = await pageDocument(window.location.pathname)
  const part = page?.querySelector(`[data-static-html="${id}"]`)
  if (part) {
    element.innerHTML = part.innerHTML
    return
  }
  element.innerHTML =
    '<p class="static-html-missing">이 부분을 불러오지 못했습니다. ' +
    '페이지를 새로 고침해 주세요.</p>'
}
