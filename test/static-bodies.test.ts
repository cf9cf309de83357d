import type { IncomingMessage } from 'node:http'

import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'

import { chooseEncoding, type StaticBodies } from '@/lib/static-bodies.mjs'

import {
  close,
  listen,
  OTHER_PAGE,
  PAGE,
  PAGE_BYTES,
  request,
} from './helpers/static-bodies-server'

let bodies: StaticBodies

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['*', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['gzip;q=0, deflate', 'identity'],
    ['identity', 'identity'],
    ['*;q=0, identity', 'identity'],
    // Nothing acceptable at all: sent as it is, as compression does.
    ['identity;q=0', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
  ])('Accept-Encoding %j: %s', (header, expected) => {
    const req = {
      headers: header === undefined ? {} : { 'accept-encoding': header },
    } as IncomingMessage
    expect(chooseEncoding(req)).toBe(expected)
  })
})

describe('a cached static body', () => {
  beforeEach(async () => {
    bodies = await listen()
  })
  afterEach(() => close())

  it('is encoded once: the first request on the fly, later ones from the cache', async () => {
    const first = await request('/page', 'gzip, deflate, br')
    // Not ready yet: the compression middleware streams it (no length).
    expect(first.headers['content-encoding']).toBe('br')
    expect(first.headers['content-length']).toBeUndefined()
    expect(first.decoded.equals(PAGE_BYTES)).toBe(true)
    expect(bodies.stats).toEqual({ encoded: 1, reused: 0 })

    await bodies.settled()
    const entry = bodies.cache.peek(PAGE)
    const cached = await request('/page', 'gzip, deflate, br')
    expect(cached.headers['content-encoding']).toBe('br')
    expect(cached.headers['content-length']).toBe(String(cached.raw.length))
    expect(cached.raw.equals(entry?.br ?? Buffer.alloc(0))).toBe(true)
    expect(cached.decoded.equals(PAGE_BYTES)).toBe(true)
    expect(bodies.stats).toEqual({ encoded: 1, reused: 1 })
  })

  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip, deflate', 'gzip'],
    ['gzip;q=0.8, br;q=0.9', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['identity', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    [undefined, 'identity'],
  ])(
    'Accept-Encoding %j is sent as %s, byte for byte the page, with its length',
    async (acceptEncoding, sentAs) => {
      await request('/page', acceptEncoding)
      await bodies.settled()
      const answer = await request('/page', acceptEncoding)
      expect(answer.status).toBe(200)
      expect(answer.headers['content-encoding'] ?? 'identity').toBe(sentAs)
      expect(answer.headers['content-length']).toBe(String(answer.raw.length))
      expect(answer.decoded.equals(PAGE_BYTES)).toBe(true)
      expect(answer.headers.vary).toBe(
        'rsc, next-router-state-tree, Accept-Encoding',
      )
      expect(answer.headers['x-nextjs-cache']).toBe('HIT')
      expect(bodies.stats).toEqual({ encoded: 1, reused: 1 })
    },
  )

  it('keeps each body apart', async () => {
    await Promise.all([request('/page', 'br'), request('/other', 'br')])
    await bodies.settled()
    const [page, other] = await Promise.all([
      request('/page', 'br'),
      request('/other', 'br'),
    ])
    expect(page.decoded.equals(PAGE_BYTES)).toBe(true)
    expect(other.decoded.toString('utf8')).toBe(OTHER_PAGE)
    expect(bodies.stats).toEqual({ encoded: 2, reused: 2 })
  })

  it('answers HEAD with the headers of the UTF-8 body and no body, uncached', async () => {
    const head = await request('/page', 'gzip, br', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe(String(PAGE_BYTES.length))
    expect(head.headers['content-encoding']).toBeUndefined()
    expect(head.raw.length).toBe(0)
    expect(bodies.stats).toEqual({ encoded: 0, reused: 0 })
  })

  it('leaves deflate, which it does not keep, to the middleware', async () => {
    await request('/page', 'deflate')
    await bodies.settled()
    const answer = await request('/page', 'deflate')
    expect(answer.headers['content-encoding']).toBe('deflate')
    expect(answer.decoded.equals(PAGE_BYTES)).toBe(true)
  })
})

describe('the cache bound', () => {
  afterAll(() => close())

  it('evicts the least recently used body when the next does not fit', async () => {
    // Room for one page (its key and UTF-8 bytes, then its compressed
    // versions), not two.
    bodies = await listen({
      maxSize: PAGE.length * 2 + PAGE_BYTES.length * 1.5,
    })
    await request('/page', 'br')
    await bodies.settled()
    await request('/other', 'br')
    await bodies.settled()
    expect(bodies.cache.has(PAGE)).toBe(false)
    expect(bodies.cache.has(OTHER_PAGE)).toBe(true)
    const again = await request('/page', 'br')
    expect(again.decoded.equals(PAGE_BYTES)).toBe(true)
    expect(bodies.stats).toEqual({ encoded: 3, reused: 0 })
  })
})
