'use client'

import { useEffect, useState } from 'react'

// After a sign-up or logout the page is re-rendered by a redirect, but a
// form's useActionState keeps its old state (errors of an earlier try).
// The header announces who is signed in; forms start afresh when it
// changes.
const EVENT = 'tutorial:session'
let lastSeen: string | null | undefined

export function announceSession(userId: string | null) {
  const first = lastSeen === undefined
  if (lastSeen === userId) return
  lastSeen = userId
  // The first announcement after a page load is no change.
  if (first) return
  window.dispatchEvent(new CustomEvent(EVENT, { detail: userId }))
}

/** A number that changes whenever the signed-in user changes. */
export function useSessionGeneration(): number {
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    const bump = () => setGeneration((value) => value + 1)
    window.addEventListener(EVENT, bump)
    return () => window.removeEventListener(EVENT, bump)
  }, [])
  return generation
}

export function SessionMarker({ userId }: { userId: string | null }) {
  useEffect(() => announceSession(userId), [userId])
  return null
}
