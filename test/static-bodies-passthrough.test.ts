import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { StaticBodies } from '@/lib/static-bodies.mjs'

import {
  close,
  listen,
  PAGE,
  PAGE_BYTES,
  releaseStream,
  request,
} from './helpers/static-bodies-server'

// What the middleware does with everything that is not one of Next's
// shared static bodies: compressed per request, or sent as it is.

let bodies: StaticBodies

describe('responses that are not shared static bodies', () => {
  beforeEach(async () => {
    bodies = await listen()
  })
  afterEach(() => close())

  it.each([
    ['without x-nextjs-cache', '/not-from-cache'],
    ['with Set-Cookie', '/with-cookie'],
    ['with Cache-Control: private', '/private'],
    ['with Cache-Control: no-store', '/no-store'],
  ])(
    'are compressed by the middleware on every request, %s',
    async (_, path) => {
      for (const [acceptEncoding, expected] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['identity', 'identity'],
      ] as const) {
        const answer = await request(path, acceptEncoding)
        expect(answer.headers['content-encoding'] ?? 'identity').toBe(expected)
        expect(answer.decoded.equals(PAGE_BYTES)).toBe(true)
        expect(answer.headers.vary).toBe(
          'rsc, next-router-state-tree, Accept-Encoding',
        )
      }
      await bodies.settled()
      expect(bodies.stats).toEqual({ encoded: 0, reused: 0 })
      expect(bodies.cache.size).toBe(0)
    },
  )

  it('are compressed per request: a Server Action (Next marks it cached too), a 404', async () => {
    const post = await request('/page', 'gzip', { method: 'POST' })
    const notFound = await request('/not-found', 'gzip')
    for (const answer of [post, notFound]) {
      expect(answer.headers['content-encoding']).toBe('gzip')
      expect(answer.headers['content-length']).toBeUndefined()
      expect(answer.decoded.equals(PAGE_BYTES)).toBe(true)
    }
    expect(notFound.status).toBe(404)
    expect(bodies.stats).toEqual({ encoded: 0, reused: 0 })
  })

  it('leaves a body under 1 kB alone, as the middleware does', async () => {
    const answer = await request('/small', 'gzip, deflate, br')
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.decoded.toString('utf8')).toBe(PAGE.slice(0, 300))
    expect(bodies.stats).toEqual({ encoded: 0, reused: 0 })
  })

  it('are sent as they are with Cache-Control: no-transform', async () => {
    const answer = await request('/no-transform', 'gzip, deflate, br')
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.raw.equals(PAGE_BYTES)).toBe(true)
    expect(bodies.stats).toEqual({ encoded: 0, reused: 0 })
  })

  it('streams: a flushed shell arrives, compressed, before the response ends', async () => {
    const answer = request('/stream', 'gzip, deflate, br', {
      // Only released once the client has the first compressed bytes.
      onFirstChunk: () => releaseStream(),
    })
    const { headers, decoded } = await answer
    expect(headers['content-encoding']).toBe('br')
    expect(headers['transfer-encoding']).toBe('chunked')
    expect(decoded.toString('utf8')).toBe(PAGE)
    expect(bodies.stats).toEqual({ encoded: 0, reused: 0 })
  })
})
