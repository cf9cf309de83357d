import 'server-only'

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

// #region login-limit
// Failed logins allowed in a window, per account and per client. An
// account gets few (a person mistypes a few times); a client more, since
// a classroom may share one address behind a router.
export const LOGIN_LIMITS = {
  account: { points: 5, duration: 15 * 60 },
  client: { points: 30, duration: 15 * 60 },
} as const

export type LimitedLogin<T> =
  | { limited: true; retryAfterSeconds: number }
  | { limited: false; result: T | null }

/**
 * Runs `verify` (the bcrypt comparison) only while both limits have room,
 * and counts its failures. A refused attempt runs no bcrypt at all.
 *
 * - The account key is the address after normalisation, whether or not it
 *   has an account, so the limit itself tells nothing about which exist.
 *   Attempts on one account take turns: a burst of parallel guesses cannot
 *   all pass the check before the first failure is counted, and learners
 *   who share an example account all get in, one after another.
 * - The client's try is counted up front (so a burst is bounded too) and
 *   given back when the password was right.
 */
export async function limitLoginAttempt<T>(
  account: string,
  client: string,
  verify: () => Promise<T | null>,
): Promise<LimitedLogin<T>> {
  const limiter = limiters()
  try {
    await limiter.client.consume(client)
  } catch (refused) {
    return refusal(refused)
  }
  return inTurn(account, async () => {
    const failures = await limiter.account.get(account)
    if (failures && failures.consumedPoints >= LOGIN_LIMITS.account.points) {
      await limiter.client.reward(client) // this try did not happen
      return refusal(failures)
    }
    const result = await verify()
    if (result === null) {
      await limiter.account.penalty(account)
    } else {
      await limiter.account.delete(account)
      await limiter.client.reward(client)
    }
    return { limited: false, result }
  })
}
// #endregion login-limit

type Limiters = { account: RateLimiterMemory; client: RateLimiterMemory }

// One set per process, like the store: Next's bundles share globalThis.
const holder = globalThis as typeof globalThis & {
  __loginLimits?: Limiters
  __loginTurns?: Map<string, Promise<unknown>>
}

function limiters(): Limiters {
  holder.__loginLimits ??= {
    account: new RateLimiterMemory({
      keyPrefix: 'login-account',
      ...LOGIN_LIMITS.account,
    }),
    client: new RateLimiterMemory({
      keyPrefix: 'login-client',
      ...LOGIN_LIMITS.client,
    }),
  }
  return holder.__loginLimits
}

/** Runs `task` after every earlier task of the same key has settled. */
async function inTurn<T>(key: string, task: () => Promise<T>): Promise<T> {
  const turns = (holder.__loginTurns ??= new Map())
  const before = turns.get(key) ?? Promise.resolve()
  const mine = before.then(task, task)
  const settled = mine.catch(() => undefined)
  turns.set(key, settled)
  try {
    return await mine
  } finally {
    if (turns.get(key) === settled) turns.delete(key)
  }
}

function refusal(refused: unknown): {
  limited: true
  retryAfterSeconds: number
} {
  if (!(refused instanceof RateLimiterRes)) throw refused
  return {
    limited: true,
    retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)),
  }
}

/** For tests: forget every count. */
export function resetLoginLimits() {
  holder.__loginLimits = undefined
  holder.__loginTurns = undefined
}
