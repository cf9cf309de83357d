'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'

type Outcome = 'copied' | 'selected' | null

const MESSAGES: Record<Exclude<Outcome, null>, string> = {
  copied: '복사했습니다',
  selected: '코드를 선택했습니다. Ctrl+C(맥은 ⌘C)로 복사하세요',
}

const subscribe = () => () => {}
const STATUS_SECONDS = 4

/**
 * Copies the code of the `.code-frame` it sits in. The Clipboard API exists
 * only in a secure context (https or localhost); a workshop served over the
 * local network is plain http, so there the code is selected instead and
 * copied the old way when the browser still allows it.
 */
export function CopyButton() {
  // Without JavaScript the button could do nothing: render it only after
  // hydration.
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const [outcome, setOutcome] = useState<Outcome>(null)

  // The status is a passing note: it clears so the next copy is heard.
  useEffect(() => {
    if (!outcome) return
    const timer = setTimeout(() => setOutcome(null), STATUS_SECONDS * 1000)
    return () => clearTimeout(timer)
  }, [outcome])

  if (!hydrated) return null

  async function copy(button: HTMLButtonElement) {
    const pre = button.closest('.code-frame')?.querySelector('pre')
    if (!pre) return
    // textContent, not innerText: a block scrolled into view a moment ago
    // may not be laid out yet (content-visibility), and innerText of an
    // unrendered block is empty. Shiki puts a newline between lines.
    const text = (pre.textContent ?? '').replace(/\n$/, '')
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text)
        setOutcome('copied')
        return
      } catch {
        // Permission refused: fall through to selecting the text.
      }
    }
    setOutcome(selectAndCopy(pre) ? 'copied' : 'selected')
  }

  return (
    <div className="copy-code">
      <button
        type="button"
        className="copy-button"
        onClick={(event) => copy(event.currentTarget)}
      >
        코드 복사
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {outcome ? MESSAGES[outcome] : ''}
      </span>
    </div>
  )
}

function selectAndCopy(pre: HTMLElement): boolean {
  const selection = window.getSelection()
  if (!selection) return false
  selection.selectAllChildren(pre)
  try {
    // Deprecated, but the only copy an http page has.
    return document.execCommand('copy')
  } catch {
    return false
  }
}
