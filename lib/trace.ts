import 'server-only'

import { AsyncLocalStorage } from 'node:async_hooks'

import type { TraceStep } from './definitions'

// Each demo request gets its own list: lib code records what it really did,
// and the demo's panel shows that list instead of a made-up story.
const current = new AsyncLocalStorage<TraceStep[]>()

export function recordStep(step: TraceStep): void {
  current.getStore()?.push(step)
}

export async function timed<T>(work: () => Promise<T>) {
  const started = performance.now()
  const value = await work()
  return { value, ms: Math.round(performance.now() - started) }
}

/** Runs `work` with a fresh trace; returns its result and the steps. */
export async function withTrace<T>(work: () => Promise<T>) {
  const steps: TraceStep[] = []
  const result = await current.run(steps, work)
  return { result, steps }
}
