import 'server-only'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import type { TraceStep } from '@/lib/definitions'
import { saveTrace } from '@/lib/trace-cookie'

// Echoing a megabyte-long "name" back into the page helps nobody.
const ECHO_LIMIT = 300
// Where an action may send the learner back to: a page of this site only,
// optionally with an anchor. Anything else falls back to a fixed page.
const RETURN_PATH =
  /^\/((chapters|demo|lab|workshop)(\/[a-z0-9-]+)+(#[a-z0-9-]+)?)?$/

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

export function returnPath(formData: FormData, fallback: string): string {
  const asked = field(formData, 'returnTo') ?? ''
  return RETURN_PATH.test(asked) ? asked : fallback
}

// Set by the tamper demo; it must not outlive the session it backs up.
export const TAMPER_BACKUP_COOKIE = 'session-before-tamper'

export async function forgetDemoCookies() {
  ;(await cookies()).delete(TAMPER_BACKUP_COOKIE)
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
