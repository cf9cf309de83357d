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
  return useEventCount(EVENT)
}

// Any demo form that was sent may have changed what the per-learner parts
// of the page show (demos/islands): they load again on this event.
const CHANGED = 'tutorial:demo-changed'

export function announceDemoChange() {
  window.dispatchEvent(new Event(CHANGED))
}

/** A number that changes after every demo form the learner sends. */
export function useDemoGeneration(): number {
  return useEventCount(CHANGED)
}

function useEventCount(name: string): number {
  const [count, setCount] = useState(0)
  useEffect(() => {
    const bump = () => setCount((value) => value + 1)
    window.addEventListener(name, bump)
    return () => window.removeEventListener(name, bump)
  }, [name])
  return count
}

export function SessionMarker({ userId }: { userId: string | null }) {
  useEffect(() => announceSession(userId), [userId])
  return null
}
