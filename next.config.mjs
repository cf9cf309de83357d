import { PHASE_PRODUCTION_SERVER } from 'next/constants.js'

import { checkProductionSecret } from './lib/secret-policy.mjs'

/** @type {(phase: string) => import('next').NextConfig} */
export default function config(phase) {
  // A production server without a strong secret must not start at all:
  // failing later, on the first sign-up, would look like a random bug.
  if (phase === PHASE_PRODUCTION_SERVER) {
    const problem = checkProductionSecret(process.env.SESSION_SECRET)
    if (problem) {
      console.error(`\n[config] ${problem}\n`)
      process.exit(1)
    }
  }

  return {
    cacheComponents: true,
    partialPrefetching: true,
    agentRules: false,
    poweredByHeader: false,
    // `npm test` type-checks the whole project (tests included) with tsc
    // first; checking again inside every build would only slow it down.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
  }
}
