'use client'

import { useEffect, useRef } from 'react'
import { useFormStatus } from 'react-dom'

import { announceDemoChange } from './session-events'

/**
 * Once a demo form's Server Action has finished, the per-learner parts of
 * the page load again (demos/islands): they show what the action left
 * behind. An action that returns a state ends with `pending` false; one
 * that redirects replaces the page, and the form is gone while pending.
 */
export function useReloadAfter(pending: boolean) {
  const wasPending = useRef(false)
  useEffect(() => {
    if (wasPending.current && !pending) announceDemoChange()
    wasPending.current = pending
  }, [pending])
  useEffect(() => {
    const state = wasPending
    return () => {
      if (state.current) announceDemoChange()
    }
  }, [])
}

/** The same, for a form without useActionState: put it inside <form>. */
export function AfterSubmit() {
  useReloadAfter(useFormStatus().pending)
  return null
}
