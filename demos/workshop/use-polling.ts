'use client'

import { useEffect, useState } from 'react'

/**
 * Fetches a JSON endpoint after mount and again every `intervalMs` while
 * the tab is visible. Pages stay static; the live part loads here.
 */
export function usePolling<T>(url: string, intervalMs: number) {
  const [data, setData] = useState<T | null>(null)
  const [loaded, setLoaded] = useState(false)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let stopped = false
    async function load() {
      if (document.visibilityState === 'hidden') return
      try {
        const response = await fetch(url, { cache: 'no-store' })
        if (!response.ok) throw new Error(String(response.status))
        const body = (await response.json()) as T
        if (!stopped) {
          setData(body)
          setLoaded(true)
          setFailed(false)
        }
      } catch {
        if (!stopped) setFailed(true)
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

  return { data, loaded, failed }
}
