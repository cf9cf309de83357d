// Focus rules of the search dialog, kept out of the component.

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]'

/**
 * Tab and Shift+Tab go round the dialog's own controls. A modal <dialog>
 * makes the page inert, but Chrome still lets Tab leave the last control
 * for <body>, where the next key press is lost.
 */
export function keepTabInside(event: React.KeyboardEvent, box: HTMLElement) {
  if (event.key !== 'Tab') return
  const controls = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const first = controls[0]
  const last = controls.at(-1)
  if (!first || !last) return
  const at = document.activeElement
  if (event.shiftKey && (at === first || !box.contains(at))) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (at === last || !box.contains(at))) {
    event.preventDefault()
    first.focus()
  }
}

/** The shown element with this id: Next keeps visited pages, hidden. */
function shown(selector: string): HTMLElement | null {
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (element.checkVisibility()) return element
  }
  return null
}

/**
 * After a result is chosen, the heading it names takes focus once the
 * new page is on screen, so Tab and a screen reader carry on from the
 * section, not from the header's search button. Gives up after 5 s.
 */
export function focusTarget(path: string, anchor: string | null) {
  const selector = anchor ? `[id="${CSS.escape(anchor)}"]` : 'main h1'
  const until = performance.now() + 5000
  function attempt() {
    const target = window.location.pathname === path ? shown(selector) : null
    if (!target) {
      if (performance.now() < until) requestAnimationFrame(attempt)
      return
    }
    // A heading is not focusable by itself; -1 keeps it out of Tab order.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    // Next has scrolled to the hash already; focus must not scroll again.
    target.focus({ preventScroll: true })
  }
  requestAnimationFrame(attempt)
}

const LANDING = 'search-landing'

/**
 * A result in another chapter opens by a document load (decision 34):
 * what to focus there is kept for that one page in sessionStorage.
 */
export function openInNewPage(
  path: string,
  anchor: string | null,
  href: string,
) {
  try {
    sessionStorage.setItem(LANDING, JSON.stringify({ path, anchor }))
  } catch {
    // Storage refused (a private window's quota): the page still opens.
  }
  window.location.assign(href)
}

/** On a page opened from a search result, focus its heading once. */
export function focusLanding() {
  let landing: { path?: unknown; anchor?: unknown } | null = null
  try {
    const raw = sessionStorage.getItem(LANDING)
    sessionStorage.removeItem(LANDING)
    landing = raw ? JSON.parse(raw) : null
  } catch {
    return
  }
  if (typeof landing?.path !== 'string') return
  const anchor = typeof landing.anchor === 'string' ? landing.anchor : null
  focusTarget(landing.path, anchor)
}
