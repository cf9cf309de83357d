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

type Limiters = { account: RateLimiterMemory; client: RateLimiterMemory }

// One set per process, like the store: Next's bundles share globalThis.
const holder = globalThis as typeof globalThis & { __loginLimits?: Limiters }

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

export type LoginAttempt =
  | { allowed: true; account: string; client: string }
  | { allowed: false; retryAfterSeconds: number }

/**
 * Counts an attempt BEFORE the password is checked, so a burst of
 * parallel guesses cannot all slip in before the first one fails. A
 * refused attempt runs no bcrypt at all. The account key is the address
 * as typed after normalisation, whether or not it has an account, so the
 * limit itself says nothing about which accounts exist.
 */
export async function beginLoginAttempt(
  email: string,
  client: string,
): Promise<LoginAttempt> {
  const { account, client: perClient } = limiters()
  try {
    await perClient.consume(client)
  } catch (refused) {
    return refusal(refused)
  }
  try {
    await account.consume(email)
  } catch (refused) {
    // This try did not happen for the client; only the account is full.
    await perClient.reward(client)
    return refusal(refused)
  }
  return { allowed: true, account: email, client }
}

/** A right password: the account starts afresh, the client gets its try back. */
export async function loginSucceeded(attempt: {
  account: string
  client: string
}) {
  const { account, client } = limiters()
  await account.delete(attempt.account)
  await client.reward(attempt.client)
}
// #endregion login-limit

function refusal(refused: unknown): LoginAttempt {
  if (!(refused instanceof RateLimiterRes)) throw refused
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)),
  }
}

/** For tests: forget every count. */
export function resetLoginLimits() {
  holder.__loginLimits = undefined
}
