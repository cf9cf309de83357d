import 'server-only'

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

// #region login-limit
// Failed logins allowed in a window. One person at one machine mistypes a
// few times: 5 per account from one client. Counting per account alone
// would let anyone lock anyone out (the instructor's address is public),
// so the account as a whole gets a higher cap, reached only by many
// machines guessing together; and one client gets 30 over all accounts,
// since a classroom may share one address behind a router.
export const LOGIN_LIMITS = {
  accountFromClient: { points: 5, duration: 15 * 60 },
  account: { points: 50, duration: 15 * 60 },
  client: { points: 30, duration: 15 * 60 },
} as const

export type LimitedLogin<T> =
  | { limited: true; retryAfterSeconds: number }
  | { limited: false; result: T | null }

/**
 * Runs `verify` (the bcrypt comparison) only while every limit has room,
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
  const pair = JSON.stringify([account, client])
  return inTurn(account, async () => {
    const full = await firstFull([
      [limiter.accountFromClient, pair, LOGIN_LIMITS.accountFromClient],
      [limiter.account, account, LOGIN_LIMITS.account],
    ])
    if (full) {
      await limiter.client.reward(client) // this try did not happen
      return refusal(full)
    }
    const result = await verify()
    if (result === null) {
      await limiter.accountFromClient.penalty(pair)
      await limiter.account.penalty(account)
    } else {
      await limiter.accountFromClient.delete(pair)
      await limiter.client.reward(client)
    }
    return { limited: false, result }
  })
}
// #endregion login-limit

type Limiters = Record<keyof typeof LOGIN_LIMITS, RateLimiterMemory>

// One set per process, like the store: Next's bundles share globalThis.
const holder = globalThis as typeof globalThis & {
  __loginLimits?: Limiters
  __loginTurns?: Map<string, Promise<unknown>>
}

function limiters(): Limiters {
  holder.__loginLimits ??= {
    accountFromClient: new RateLimiterMemory({
      keyPrefix: 'login-account-client',
      ...LOGIN_LIMITS.accountFromClient,
    }),
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

/** The first count that has used up its points, if any. */
async function firstFull(
  checks: [RateLimiterMemory, string, { points: number }][],
): Promise<RateLimiterRes | null> {
  for (const [limiter, key, { points }] of checks) {
    const used = await limiter.get(key)
    if (used && used.consumedPoints >= points) return used
  }
  return null
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
