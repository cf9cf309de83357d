'use client'

import { useEffect } from 'react'

/** Sets data-hydrated on <html>: browser tests wait for it before clicking. */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return null
}
