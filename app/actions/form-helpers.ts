import 'server-only'

import { redirect, unstable_rethrow } from 'next/navigation'

import type { TraceStep } from '@/lib/definitions'
import { safeReturnPath } from '@/lib/redirect'
import { deleteTamperBackup } from '@/lib/session-cookie'
import { saveTrace } from '@/lib/trace-cookie'

// Echoing a megabyte-long "name" back into the page helps nobody.
const ECHO_LIMIT = 300

/** A text field of the form; a missing field or a file reads as absent. */
export function field(formData: FormData, name: string): string | undefined {
  // A crafted call may pass anything in place of the form. (Not
  // instanceof: the server's FormData class is not always the global one.)
  if (typeof (formData as Partial<FormData> | null)?.get !== 'function') {
    return undefined
  }
  const value = formData.get(name)
  return typeof value === 'string' ? value : undefined
}

/** What the learner typed, to put back into the form after an error. */
export function echo(formData: FormData, name: string): string {
  return (field(formData, name) ?? '').slice(0, ECHO_LIMIT)
}

/** Where the form asked to go back to, if that is a page of this site. */
export function returnPath(formData: FormData, fallback: string): string {
  return safeReturnPath(field(formData, 'returnTo'), fallback)
}

// Set by the tamper demo; it must not outlive the session it backs up.
export async function forgetDemoCookies() {
  await deleteTamperBackup()
}

/**
 * A redirect throws away what the action returned, so the steps it took
 * travel in a short-lived cookie to the page it lands on.
 */
export async function redirectWithTrace(
  steps: TraceStep[],
  to: string,
): Promise<never> {
  await saveTrace([...steps, { step: 'redirect', ok: true, detail: to }])
  redirect(to)
}

/**
 * A demo action that ends in a redirect back to its demo. When the store
 * cannot be read or written (a damaged file, a full or read-only disk),
 * the learner lands on the demo all the same, and the inspector's last
 * steps say that nothing changed: no error page, no half-done change.
 */
export function demoAction(
  fallback: string,
  action: (formData: FormData) => Promise<void>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    try {
      await action(formData)
    } catch (error) {
      unstable_rethrow(error) // Next's redirect works by throwing
      console.error('[demo] the store refused the action', error)
      await saveTrace([{ step: 'store', ok: false, detail: 'unavailable' }])
      redirect(returnPath(formData, fallback))
    }
  }
}
