'use client'

import { useState } from 'react'

/**
 * Copies `text`. Browsers allow the clipboard API only on https and
 * localhost; on a workshop's plain-http address the text is selected
 * instead, ready for Ctrl+C.
 */
export function CopyButton({ text, label, selectId }: Props) {
  const [done, setDone] = useState<'copied' | 'selected' | null>(null)

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setDone('copied')
    } catch {
      const target = document.getElementById(selectId)
      if (target) window.getSelection()?.selectAllChildren(target)
      setDone('selected')
    }
  }

  return (
    <button type="button" className="button button-quiet" onClick={copy}>
      {done === 'copied'
        ? '복사했습니다'
        : done === 'selected'
          ? '선택했습니다: Ctrl+C(⌘+C)로 복사하세요'
          : label}
    </button>
  )
}

type Props = { text: string; label: string; selectId: string }
