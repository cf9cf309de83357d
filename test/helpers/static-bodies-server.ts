import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { compressResponses, type StaticBodies } from '@/lib/static-bodies.mjs'

// A stand-in for Next behind lib/static-bodies.mjs, on a real node:http
// server: the pages it ends the way Next ends them, and a client that
// reads what went over the wire.

// A page as Next's cache holds it: one string, Korean, two bytes a
// character in memory and three in UTF-8, the same string every time.
export const PAGE = Array.from(
  { length: 4000 },
  (_, i) => `<p>${i}번째 문단: 세션 쿠키는 서버가 서명합니다.</p>\n`,
).join('')
export const OTHER_PAGE = PAGE.replaceAll('세션', '토큰')
export const PAGE_BYTES = Buffer.from(PAGE, 'utf8')

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

let release: () => void = () => {}

/** Lets /stream send the rest of its page. */
export function releaseStream() {
  release()
}

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
      new Promise<void>((resolve) => (release = resolve)).then(() =>
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

/**
 * Starts a server with its own cache (each test starts from an empty
 * one); resolves with that cache.
 */
export function listen(
  options?: Parameters<typeof compressResponses>[0],
): Promise<StaticBodies> {
  const middleware = compressResponses(options)
  server = http.createServer((req, res) =>
    middleware(req, res, () => fakeNext(req, res)),
  )
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      resolve(middleware.bodies)
    }),
  )
}

export function close() {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(resolve))
}

export interface Answer {
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

export function request(
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
