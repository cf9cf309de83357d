'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useId, useMemo, useRef, useState } from 'react'

import {
  focusLanding,
  focusTarget,
  keepTabInside,
  openInNewPage,
} from './dialog-focus'
import type { SearchAnswer, SearchHit } from './engine'
import { SearchResult } from './search-result'

type Engine = {
  search: (query: string) => SearchAnswer
  snippetOf: typeof import('./engine').snippetOf
}
type Status = 'idle' | 'loading' | 'ready' | 'failed'

const pathOf = (hit: SearchHit) => `/chapters/${hit.slug}`
const hrefOf = (hit: SearchHit) =>
  `${pathOf(hit)}${hit.anchor ? `#${hit.anchor}` : ''}`

/** '/' or Ctrl+K (⌘K) opens search, unless the learner is typing. */
function isShortcut(event: KeyboardEvent) {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
    return true
  }
  const target = event.target as HTMLElement | null
  const typing =
    target?.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target?.tagName ?? '')
  return event.key === '/' && !typing && !event.altKey && !event.ctrlKey
}

/**
 * The header's search button and its modal dialog: a combobox whose
 * listbox shows chapter, heading and a snippet per hit. The dialog is a
 * native <dialog> (the page behind it is inert); Tab goes round its own
 * controls, Esc or 닫기 closes it and focus goes back to the button, and
 * a chosen result hands focus to the heading it opens.
 */
export function SearchBox() {
  const router = useRouter()
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const input = useRef<HTMLInputElement>(null)
  // Set while a result is being opened: focus goes there, not back.
  const picked = useRef(false)
  const loading = useRef(false)
  const [engine, setEngine] = useState<Engine | null>(null)
  const [status, setStatus] = useState<Status>('idle')
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const answer = useMemo(() => engine?.search(query), [engine, query])
  const hits = answer?.hits ?? []

  async function loadEngine() {
    if (loading.current) return
    loading.current = true
    setStatus('loading')
    try {
      const { loadSearch, snippetOf } = await import('./engine')
      setEngine({ search: await loadSearch(), snippetOf })
      setStatus('ready')
    } catch {
      // Let the next opening try again.
      loading.current = false
      setStatus('failed')
    }
  }

  function open() {
    if (dialog.current?.open) return
    picked.current = false
    opener.current = document.activeElement as HTMLElement | null
    dialog.current?.showModal()
    // showModal() would focus the first control, the close button. The
    // last query stays, selected, so typing replaces it.
    input.current?.focus()
    input.current?.select()
    void loadEngine()
  }

  function close() {
    dialog.current?.close()
  }

  // Opened from a search result on another page: its heading takes focus.
  useEffect(focusLanding, [])

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isShortcut(event)) return
      event.preventDefault()
      open()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  function go(hit: SearchHit | undefined) {
    if (!hit) return
    picked.current = true
    close()
    if (pathOf(hit) !== window.location.pathname) {
      // Another chapter: a document load, like every link into a chapter
      // (ChapterLink, decision 34); the browser scrolls to the heading.
      openInNewPage(pathOf(hit), hit.anchor, hrefOf(hit))
      return
    }
    router.push(hrefOf(hit))
    focusTarget(pathOf(hit), hit.anchor)
  }

  function onInputKey(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (hits.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((active + step + hits.length) % hits.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      go(hits[active])
    } else if (event.key === 'Escape') {
      // A search input's own Esc only empties it; here Esc closes.
      event.preventDefault()
      close()
    }
  }

  useEffect(() => {
    document
      .getElementById(`${listId}-${active}`)
      ?.scrollIntoView({ block: 'nearest' })
  }, [active, listId])

  const expanded = hits.length > 0
  const optionId = (index: number) => `${listId}-${index}`

  return (
    <>
      <button
        type="button"
        className="search-button"
        onClick={open}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K"
      >
        검색 <kbd aria-hidden="true">/</kbd>
      </button>
      <dialog
        ref={dialog}
        className="search-dialog"
        aria-labelledby={`${listId}-title`}
        onClose={() => {
          if (!picked.current) opener.current?.focus()
        }}
        onKeyDown={(event) => {
          if (dialog.current) keepTabInside(event, dialog.current)
        }}
        onClick={(event) => {
          // A click on the backdrop (the dialog itself, not its content).
          if (event.target === dialog.current) close()
        }}
      >
        <div className="search-panel">
          <div className="search-top">
            <h2 id={`${listId}-title`} className="search-title">
              모든 장에서 찾기
            </h2>
            <button
              type="button"
              className="button button-quiet search-close"
              onClick={close}
            >
              닫기
            </button>
          </div>
          <input
            ref={input}
            type="search"
            className="search-input"
            role="combobox"
            aria-label="검색어"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={`${listId}-list`}
            aria-activedescendant={expanded ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="예: 세션, 쿠키, updateSession"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value)
              setActive(0)
            }}
            onKeyDown={onInputKey}
          />
          <p className="search-status" role="status">
            {statusText(status, query, answer)}
          </p>
          <ul
            id={`${listId}-list`}
            role="listbox"
            aria-label="검색 결과"
            className="search-results"
          >
            {hits.map((hit, index) => (
              <SearchResult
                key={hit.id}
                id={optionId(index)}
                hit={hit}
                query={query}
                selected={index === active}
                snippetOf={engine?.snippetOf}
                onPick={() => go(hit)}
                onHover={() => setActive(index)}
              />
            ))}
          </ul>
          <p className="search-help" aria-hidden="true">
            <kbd>↑</kbd> <kbd>↓</kbd> 이동 · <kbd>Enter</kbd> 열기 ·{' '}
            <kbd>Esc</kbd> 닫기
          </p>
        </div>
      </dialog>
    </>
  )
}

function statusText(
  status: Status,
  query: string,
  answer: SearchAnswer | undefined,
) {
  if (status === 'loading') return '검색 색인을 불러오는 중입니다…'
  if (status === 'failed') {
    return '검색 색인을 불러오지 못했습니다. 페이지를 새로 고쳐 보세요.'
  }
  if (!query.trim()) return '찾을 낱말을 입력하세요.'
  if (!answer || answer.total === 0) return '결과가 없습니다.'
  const { total, hits, similar } = answer
  const what = similar ? '비슷한 결과' : '결과'
  const count =
    total > hits.length
      ? `${what} ${total}개 중 ${hits.length}개를 보여 줍니다.`
      : `${what} ${total}개.`
  return similar
    ? `${count} 입력한 그대로 쓴 곳이 없어 철자가 조금 다른 낱말로 찾았습니다.`
    : count
}
