import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  chooseEncoding,
  compressResponses,
  type StaticBodies,
} from '@/lib/static-bodies.mjs'

// A page as Next's cache holds it: one string, Korean, two bytes a
// character in memory and three in UTF-8, the same string every time.
const PAGE = Array.from(
  { length: 4000 },
  (_, i) => `<p>${i}번째 문단: 세션 쿠키는 서버가 서명합니다.</p>\n`,
).join('')
const OTHER_PAGE = PAGE.replaceAll('세션', '토큰')
const PAGE_BYTES = Buffer.from(PAGE, 'utf8')

/** Ends like next/dist/server/send-payload.js does for a cached page. */
function sendLikeNext(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  headers: Record<string, string>,
) {
  res.setHeader('Vary', 'rsc, next-router-state-tree')
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  for (const [name, value] of Object.entries(headers)) {
    res.setHeader(name, value)
  }
  res.setHeader('Content-Length', Buffer.byteLength(body))
  if (req.method === 'HEAD') res.end(null)
  else res.end(body)
}

const STATIC = { 'x-nextjs-cache': 'HIT', 'Cache-Control': 's-maxage=31536000' }

let releaseStream: () => void = () => {}

function fakeNext(req: IncomingMessage, res: ServerResponse) {
  switch (req.url) {
    case '/page':
      return sendLikeNext(req, res, PAGE, STATIC)
    case '/other':
      return sendLikeNext(req, res, OTHER_PAGE, STATIC)
    case '/not-from-cache':
      return sendLikeNext(req, res, PAGE, {})
    case '/with-cookie':
      return sendLikeNext(req, res, PAGE, { ...STATIC, 'Set-Cookie': 'a=b' })
    case '/private':
      return sendLikeNext(req, res, PAGE, {
        'x-nextjs-cache': 'HIT',
        'Cache-Control': 'private, max-age=60',
      })
    case '/no-store':
      return sendLikeNext(req, res, PAGE, {
        'x-nextjs-cache': 'HIT',
        'Cache-Control': 'no-store',
      })
    case '/no-transform':
      return sendLikeNext(req, res, PAGE, {
        'x-nextjs-cache': 'HIT',
        'Cache-Control': 's-maxage=60, no-transform',
      })
    case '/not-found':
      // Next's prerendered not-found page comes from its cache too.
      res.statusCode = 404
      return sendLikeNext(req, res, PAGE, STATIC)
    case '/small':
      return sendLikeNext(req, res, PAGE.slice(0, 300), STATIC)
    case '/stream': {
      // A dynamic page: the shell first, flushed, the rest when released.
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.write(PAGE.slice(0, 2000))
      ;(res as ServerResponse & { flush(): void }).flush()
      new Promise<void>((resolve) => (releaseStream = resolve)).then(() =>
        res.end(PAGE.slice(2000)),
      )
      return
    }
    default:
      res.statusCode = 404
      res.end()
  }
}

let server: http.Server
let base: string
let bodies: StaticBodies

/** A server with its own cache: each test starts from an empty one. */
function listen(options?: Parameters<typeof compressResponses>[0]) {
  const middleware = compressResponses(options)
  bodies = middleware.bodies
  server = http.createServer((req, res) =>
    middleware(req, res, () => fakeNext(req, res)),
  )
  return new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      resolve()
    }),
  )
}

function close() {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(resolve))
}

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  /** the bytes on the wire, still encoded */
  raw: Buffer
  /** the bytes after undoing Content-Encoding */
  decoded: Buffer
}

function decode(raw: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(raw)
  if (encoding === 'gzip') return zlib.gunzipSync(raw)
  if (encoding === 'deflate') return zlib.inflateSync(raw)
  return raw
}

function request(
  path: string,
  acceptEncoding?: string,
  { method = 'GET', onFirstChunk = () => {} } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {}
  if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding
  return new Promise((resolve, reject) => {
    http
      .request(new URL(path, base), { method, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => {
          if (chunks.length === 0) onFirstChunk()
          chunks.push(chunk)
        })
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            raw,
            decoded: decode(raw, response.headers['content-encoding']),
          })
        })
        response.on('error', reject)
      })
      .on('error', reject)
      .end()
  })
}

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
  beforeEach(() => listen())
  afterEach(() => close())

  it('is encoded once: the first request is compressed on the fly, later ones come from the cache', async () => {
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
    await listen({ maxSize: PAGE.length * 2 + PAGE_BYTES.length * 1.5 })
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

describe('responses that are not shared static bodies', () => {
  beforeEach(() => listen())
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

  it('are compressed by the middleware on every request: a Server Action (a POST Next marks from its cache too), a 404', async () => {
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
