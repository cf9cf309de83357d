'use client'

import { useEffect, useState } from 'react'

/**
 * Fetches a JSON endpoint after mount and again every `intervalMs` while
 * the tab is visible. Pages stay static; the live part loads here. After
 * a failed poll, `data` keeps the last good answer and `error` says why:
 * the endpoint's own message (a 503 from a damaged store) or a generic one.
 */
export function usePolling<T>(url: string, intervalMs: number) {
  const [data, setData] = useState<T | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let stopped = false
    async function load() {
      if (document.visibilityState === 'hidden') return
      try {
        const response = await fetch(url, { cache: 'no-store' })
        if (!response.ok) throw new Error(await messageOf(response))
        const body = (await response.json()) as T
        if (!stopped) {
          setData(body)
          setLoaded(true)
          setError(null)
        }
      } catch (caught) {
        if (!stopped) setError(messageFrom(caught))
      }
    }
    void load()
    const timer = setInterval(load, intervalMs)
    document.addEventListener('visibilitychange', load)
    return () => {
      stopped = true
      clearInterval(timer)
      document.removeEventListener('visibilitychange', load)
    }
  }, [url, intervalMs])

  return { data, loaded, failed: error !== null, error }
}

const GENERIC = '서버에 닿지 못했습니다.'

/** The `error` field of a JSON refusal, when there is one. */
async function messageOf(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json()
    if (body && typeof body === 'object' && 'error' in body) {
      const { error } = body
      if (typeof error === 'string' && error) return error
    }
  } catch {
    // not JSON: an error page
  }
  return GENERIC
}

function messageFrom(caught: unknown): string {
  // fetch itself fails with a TypeError in the browser's own words.
  return caught instanceof Error && !(caught instanceof TypeError)
    ? caught.message
    : GENERIC
}
