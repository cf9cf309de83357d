'use client'

import { useSyncExternalStore } from 'react'

import { applyTheme, readTheme, type Theme } from './theme'

const LABELS: Record<Theme, string> = {
  system: '시스템',
  light: '밝게',
  dark: '어둡게',
}

// The page's data-theme attribute is the source of truth: the head script
// sets it before React runs, and every toggle in the page follows it.
const listeners = new Set<() => void>()
function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Three radio buttons: follow the system, or force light or dark. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system')

  function choose(next: Theme) {
    applyTheme(next)
    listeners.forEach((listener) => listener())
  }

  return (
    <fieldset className="theme-toggle">
      <legend className="visually-hidden">화면 테마</legend>
      {(Object.keys(LABELS) as Theme[]).map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="theme"
            value={option}
            checked={theme === option}
            onChange={() => choose(option)}
          />
          {LABELS[option]}
        </label>
      ))}
    </fieldset>
  )
}
