'use client'

import { useLayoutEffect, useRef, type CSSProperties } from 'react'

import { staticHtmlById } from './registry'

type Props = { id: string; className: string; style?: CSSProperties }

// One object for every render in the browser: React then never writes the
// element's HTML again, so what the server sent stays.
const KEEP = { __html: '' }

/**
 * The HTML of parts that left the page by a client-side navigation, by id.
 * A demo's Server Action that redirects back into its chapter is such a
 * navigation: Next mounts the chapter again, and each part takes its HTML
 * from here (or from the copy Next keeps hidden for the back button)
 * before the browser paints, instead of showing a hole.
 */
const leftBehind = new Map<string, string>()

/** The client half of StaticHtml (static-html.tsx). */
export function StaticHtmlView({ id, className, style }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const html = staticHtmlById().get(id)
  if (typeof window === 'undefined' && html === undefined) {
    // Rendering to HTML without the server component's part: the page
    // would ship with a hole. Fail the build instead.
    throw new Error(`static HTML ${id} is not known to this render`)
  }

  // Layout effects run before the browser paints, and before Next scrolls
  // to a link's #fragment: the part is whole by then.
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    // Hydrated over the server's HTML: nothing to do.
    if (element.childNodes.length === 0) fill(element, id)
    return () => {
      if (element.childNodes.length > 0) leftBehind.set(id, element.innerHTML)
    }
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

function fill(element: HTMLElement, id: string) {
  const kept =
    leftBehind.get(id) ??
    [...document.querySelectorAll(`[data-static-html="${id}"]`)].find(
      (other) => other !== element && other.childNodes.length > 0,
    )?.innerHTML
  if (kept !== undefined) {
    element.innerHTML = kept
    return
  }
  // Reached by a client-side navigation from another page: the RSC
  // payload has only the id, so take the part from this page's own HTML.
  void fillFromPage(element, id)
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
    leftBehind.set(id, part.innerHTML)
    return
  }
  element.innerHTML =
    '<p class="static-html-missing">이 부분을 불러오지 못했습니다. ' +
    '페이지를 새로 고침해 주세요.</p>'
}
