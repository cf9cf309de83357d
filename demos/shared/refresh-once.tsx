'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-renders the layouts once. After a redirect that ended a session, the
 * header (in the root layout) still shows what it showed before.
 */
export function RefreshOnce() {
  const router = useRouter()
  useEffect(() => router.refresh(), [router])
  return null
}
