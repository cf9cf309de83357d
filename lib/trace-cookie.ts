import 'server-only'

import { cookies } from 'next/headers'
import { z } from 'zod'

import { TraceStepSchema, type TraceStep } from './definitions'

// A sign-up ends in a redirect, which throws away the action's return
// value. The steps it took ride along in a short-lived cookie so the page
// it lands on can still show them. It holds step names and timings only.
const TRACE_COOKIE = 'last-trace'
const TRACE_TTL_SECONDS = 120

const TraceSchema = z.array(TraceStepSchema).max(20)

export async function saveTrace(steps: TraceStep[]) {
  const value = Buffer.from(JSON.stringify(steps)).toString('base64url')
  const cookieStore = await cookies()
  cookieStore.set(TRACE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: TRACE_TTL_SECONDS,
  })
}

/** For actions that record no steps: the last trace is no longer theirs. */
export async function clearTrace() {
  ;(await cookies()).delete(TRACE_COOKIE)
}

/** The last traced steps, or null; a tampered cookie reads as null. */
export async function readTrace(): Promise<TraceStep[] | null> {
  const value = (await cookies()).get(TRACE_COOKIE)?.value
  if (!value) return null
  try {
    const json = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
    const parsed = TraceSchema.safeParse(json)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
