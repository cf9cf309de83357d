'use client'

import { useSyncExternalStore } from 'react'

// What this browser has done on the site: chapters read to the end and
// demos tried. Kept in localStorage only, never sent to the server (the
// workshop's checkpoints are a separate, server-side record).
export const PROGRESS_KEY = 'tutorial:progress:v1'

export type Progress = {
  read: string[]
  /** chapter slug → ids of the demos tried in it */
  demos: Record<string, string[]>
}

const EMPTY: Progress = { read: [], demos: {} }
const CHANGED = 'tutorial:progress'

let cachedRaw: string | null = null
let cached: Progress = EMPTY

function readRaw(): string | null {
  try {
    return localStorage.getItem(PROGRESS_KEY)
  } catch {
    return null
  }
}

/** The stored progress; anything unreadable counts as no progress. */
export function readProgress(): Progress {
  const raw = readRaw()
  if (raw === cachedRaw) return cached
  cachedRaw = raw
  let parsed: unknown = null
  try {
    parsed = raw ? JSON.parse(raw) : null
  } catch {
    parsed = null
  }
  cached = toProgress(parsed)
  return cached
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

// Checked by hand, not with zod: zod would add ~100 KB to every chapter's
// JavaScript for one small object.
export function toProgress(value: unknown): Progress {
  if (typeof value !== 'object' || value === null) return EMPTY
  const { read, demos } = value as Record<string, unknown>
  const progress: Progress = { read: isStrings(read) ? read : [], demos: {} }
  if (typeof demos === 'object' && demos !== null) {
    for (const [slug, ids] of Object.entries(demos)) {
      if (isStrings(ids)) progress.demos[slug] = ids
    }
  }
  return progress
}

function write(update: (progress: Progress) => Progress | null) {
  const next = update(readProgress())
  if (!next) return
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(next))
  } catch {
    return
  }
  window.dispatchEvent(new Event(CHANGED))
}

export function markChapterRead(slug: string) {
  write((progress) =>
    progress.read.includes(slug)
      ? null
      : { ...progress, read: [...progress.read, slug] },
  )
}

export function markDemoTried(slug: string, demoId: string) {
  write((progress) => {
    const tried = progress.demos[slug] ?? []
    if (tried.includes(demoId)) return null
    return {
      ...progress,
      demos: { ...progress.demos, [slug]: [...tried, demoId] },
    }
  })
}

export function clearProgress() {
  write(() => EMPTY)
}

function subscribe(listener: () => void) {
  // 'storage' carries changes made in another tab.
  window.addEventListener(CHANGED, listener)
  window.addEventListener('storage', listener)
  return () => {
    window.removeEventListener(CHANGED, listener)
    window.removeEventListener('storage', listener)
  }
}

/** The progress, re-rendering when it changes; empty during prerender. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, readProgress, () => EMPTY)
}
