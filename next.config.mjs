import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
} from 'next/constants.js'

import { chapterSlugs, unknownSlugSegment } from './app/_site/chapter-slugs.mjs'
import { lanHostNames } from './lib/lan-addresses.mjs'
import {
  checkInstructorPassword,
  checkProductionSecret,
} from './lib/secret-policy.mjs'

/** @type {(phase: string) => import('next').NextConfig} */
export default function config(phase) {
  // A production server without a strong secret must not start at all:
  // failing later, on the first sign-up, would look like a random bug.
  if (phase === PHASE_PRODUCTION_SERVER) {
    const previous = process.env.SESSION_SECRET_PREVIOUS
    const problem =
      checkProductionSecret(process.env.SESSION_SECRET) ??
      (previous
        ? checkProductionSecret(previous)?.replaceAll(
            'SESSION_SECRET',
            'SESSION_SECRET_PREVIOUS',
          )
        : null)
    if (problem) {
      console.error(`\n[config] ${problem}\n`)
      process.exit(1)
    }
  }

  // Pages are built once: without SITE_URL they name no absolute address
  // (decision record 50). Not an error: a workshop on a LAN needs none.
  const warned = Symbol.for('tutorial.site-url-warned')
  if (
    phase === PHASE_PRODUCTION_BUILD &&
    !process.env.SITE_URL &&
    !globalThis[warned]
  ) {
    // Next reads this file more than once per build: say it once.
    globalThis[warned] = true
    console.warn(
      '\n[config] SITE_URL is not set: pages get a relative canonical link ' +
        'and no og:url or preview image. Build with SITE_URL=https://… ' +
        'for link previews.\n',
    )
  }

  const development = phase === PHASE_DEVELOPMENT_SERVER
  // Workshop mode: a password too short for the console stops the server
  // too, rather than a warning in the log and the old password kept.
  if (development || phase === PHASE_PRODUCTION_SERVER) {
    const problem = checkInstructorPassword(process.env.INSTRUCTOR_PASSWORD)
    if (problem) {
      console.error(`\n[config] ${problem}\n`)
      process.exit(1)
    }
  }

  return {
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders(development) }]
    },
    rewrites: unknownChapterRewrites,
    // The development server answers pages to any host but refuses its
    // scripts' live-reload socket to origins it does not know, and the
    // pages then never hydrate. Learners on the room's network reach this
    // machine by its own addresses and names: those are allowed.
    allowedDevOrigins: development ? lanHostNames() : undefined,
    cacheComponents: true,
    partialPrefetching: true,
    agentRules: false,
    // The password pool starts worker threads from a file path at run time
    // (lib/password.ts): piscina must stay a plain Node require, unbundled.
    serverExternalPackages: ['piscina'],
    poweredByHeader: false,
    // In production server.mjs compresses instead, and sends a cached
    // page's gzip or brotli bytes made once rather than compressing it on
    // every request (lib/static-bodies.mjs); a bare `next start` sends
    // everything uncompressed. `next dev` compresses as it always did.
    compress: development,
    // An ETag is a hash of the whole page, computed in JavaScript on every
    // request: about 2 ms of the event loop for a chapter of 390 kB, half
    // of what serving the static file costs otherwise. Chapters change
    // only with a new build (docs/performance.md).
    generateEtags: false,
    // `npm test` type-checks the whole project (tests included) with tsc
    // first; checking again inside every build would only slow it down.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
  }
}

/**
 * Only the chapters in content/ exist. With Cache Components a page
 * cannot say so (`dynamicParams = false` is refused), and notFound() for
 * a slug outside generateStaticParams answers 200 with an empty error
 * shell that needs JavaScript to show anything. Sending such a path
 * nowhere, before the file system is consulted, gets the not-found page
 * rendered on the server with status 404. Read when the build writes its
 * routes manifest, like the pages themselves.
 */
async function unknownChapterRewrites() {
  const segment = unknownSlugSegment(chapterSlugs('content'))
  return {
    beforeFiles: ['/chapters', '/workshop/present'].map((prefix) => ({
      source: `${prefix}/${segment}`,
      destination: '/no-such-chapter',
    })),
  }
}

/**
 * Decision record 8. The chapters are static HTML, so a nonce (which needs
 * a per-request render) is out: Next's inline scripts need 'unsafe-inline',
 * and so do shiki's inline colours. What the policy still buys: no other
 * origin's scripts, no plugins, no <base> or form hijacking, no framing.
 * The development server also needs eval and its live-reload socket.
 */
export function securityHeaders(development) {
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return [
    { key: 'Content-Security-Policy', value: policy },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'same-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=()',
    },
  ]
}
