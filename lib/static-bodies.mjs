/**
 * Static bodies, encoded once: response compression for server.mjs.
 *
 * A prerendered page (a chapter, `x-nextjs-cache: HIT`) reaches the
 * response as one JavaScript string: Next ends it with `res.end(html)`
 * (next/dist/server/send-payload.js). Node then encodes the whole string
 * to UTF-8 on every request (a chapter is 344k characters, 390 kB, about
 * 1 ms), and Next's built-in compression gzips those 390 kB again for
 * every browser that asks for it (about 5 ms more, on the event loop's
 * time). The page only changes with a new build, so all of that is the
 * same work done over and over.
 *
 * Here Next's compression is off in production (next.config.mjs)
 * and the `compression` package does it instead, for everything that is
 * not a cached static body: `_next/static` scripts and styles, dynamic
 * pages, RSC and Server Action responses, streamed or not. A cached
 * static body is looked up by its string in a bounded LRU cache that
 * holds its UTF-8 bytes and, once made, its gzip and brotli versions; the
 * response gets the bytes its Accept-Encoding asks for, with the right
 * Content-Encoding and Content-Length, and the compression middleware
 * passes a body whose Content-Encoding is already set through untouched.
 *
 * A body seen for the first time is encoded to UTF-8 at once; its gzip
 * and brotli versions are made in the background, one body at a time, on
 * libuv's thread pool (zlib's asynchronous functions), so that a burst of
 * first requests after a start cannot fill the pool that file reads and
 * writes share. Until they are ready the UTF-8 bytes go to the
 * compression middleware, which compresses them on the fly as it does
 * any other response: the first requests wait for nothing new, and get
 * what they got before.
 */
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import compression from 'compression'
import { LRUCache } from 'lru-cache'
import Negotiator from 'negotiator'
import vary from 'vary'

const gzip = promisify(zlib.gzip)
const brotliCompress = promisify(zlib.brotliCompress)

/** Best first; what a response can be sent as from the cache. */
const ENCODINGS = ['br', 'gzip', 'identity']

/** Cache-Control directives that forbid sharing or transforming a body. */
const NOT_SHAREABLE =
  /(?:^|,)\s*(?:private|no-store|no-transform)\s*(?:[,=]|$)/i

/**
 * The encoding a request asks for among br, gzip and identity, by its
 * q-values, br before gzip when they tie. No Accept-Encoding, or nothing
 * acceptable, is identity, as the compression package does (no 406).
 *
 * @param {import('node:http').IncomingMessage} req
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function chooseEncoding(req) {
  return new Negotiator(req).encoding(ENCODINGS, ENCODINGS) ?? 'identity'
}

/**
 * Whether a response about to be ended is one of Next's cached static
 * bodies that may be shared between clients: a 200 to a GET, marked by
 * Next's `x-nextjs-cache` header (set only for prerendered output served
 * from its cache), without Set-Cookie, without a Cache-Control that makes
 * it private, unstorable or untransformable, not yet encoded, and of a
 * type worth compressing.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function isSharedStaticBody(req, res) {
  if (req.method !== 'GET' || res.statusCode !== 200 || res.headersSent) {
    return false
  }
  if (!res.hasHeader('x-nextjs-cache') || res.hasHeader('set-cookie')) {
    return false
  }
  if (res.hasHeader('content-encoding')) return false
  const cacheControl = res.getHeader('cache-control')
  if (cacheControl !== undefined && NOT_SHAREABLE.test(String(cacheControl))) {
    return false
  }
  return compression.filter(req, res)
}

/**
 * @typedef {object} StaticBodiesOptions
 * @property {number} [maxSize] bytes the cache may hold (64 MB)
 * @property {number} [brotliQuality] 0–11 (10: see docs/performance.md)
 * @property {number} [gzipLevel] 1–9 (9)
 * @property {number} [threshold] bodies shorter than this many characters
 *   are left to the compression middleware, which sends bodies under
 *   1 kB as they are (1024)
 */

/**
 * @typedef {object} Entry
 * @property {Buffer} identity the body's UTF-8 bytes
 * @property {Buffer | null} gzip null until made
 * @property {Buffer | null} br null until made
 */

/**
 * The cache and the `res.end` wrapper that serves from it.
 *
 * @param {StaticBodiesOptions} [options]
 */
export function createStaticBodies({
  maxSize = 64 * 1024 * 1024,
  brotliQuality = 10,
  gzipLevel = 9,
  threshold = 1024,
} = {}) {
  /** @type {LRUCache<string, Entry>} */
  const cache = new LRUCache({
    maxSize,
    // The key counts too: two bytes per UTF-16 unit is an upper bound of
    // what V8 keeps for it (Next's own cache usually holds the same one).
    sizeCalculation: (entry, key) =>
      key.length * 2 +
      entry.identity.length +
      (entry.gzip?.length ?? 0) +
      (entry.br?.length ?? 0),
  })
  const stats = {
    /** bodies encoded to UTF-8 and queued for compression (cache misses) */
    encoded: 0,
    /** responses served from an entry already in the cache */
    reused: 0,
  }
  // One body compressed at a time: see the module's comment.
  let queue = Promise.resolve()

  /** @param {string} body @param {Entry} entry */
  function compressLater(body, entry) {
    queue = queue.then(async () => {
      try {
        entry.gzip = await gzip(entry.identity, { level: gzipLevel })
        entry.br = await brotliCompress(entry.identity, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.identity.length,
          },
        })
      } catch (error) {
        // Never expected; the middleware keeps compressing this body.
        entry.gzip = entry.br = null
        console.error('[static-bodies] compression failed:', error)
        return
      }
      // Set again so the cache counts the compressed versions' bytes.
      if (cache.peek(body) === entry) cache.set(body, entry)
    })
  }

  /** @param {string} body @returns {Entry} */
  function lookup(body) {
    const found = cache.get(body)
    if (found) {
      stats.reused++
      return found
    }
    const entry = { identity: Buffer.from(body, 'utf8'), gzip: null, br: null }
    stats.encoded++
    cache.set(body, entry)
    compressLater(body, entry)
    return entry
  }

  /**
   * Wraps `res.end` on this response. Install it after the compression
   * middleware has wrapped `end`, so this one runs first and hands that
   * one bytes whose Content-Encoding, when it is set, makes it step aside.
   *
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function install(req, res) {
    const previousEnd = res.end
    res.end = function end(...args) {
      const [chunk, encoding, callback] = args
      if (
        typeof chunk !== 'string' ||
        chunk.length < threshold ||
        (typeof encoding === 'string' && !/^utf-?8$/i.test(encoding)) ||
        !isSharedStaticBody(req, res)
      ) {
        // HEAD (Next ends it with null), streams, buffers, everything else.
        return previousEnd.apply(this, args)
      }
      const done = typeof encoding === 'function' ? encoding : callback
      const entry = lookup(chunk)
      const wanted = chooseEncoding(req)
      const compressed = wanted === 'identity' ? null : entry[wanted]
      vary(res, 'Accept-Encoding')
      if (compressed) res.setHeader('Content-Encoding', wanted)
      const bytes = compressed ?? entry.identity
      res.setHeader('Content-Length', bytes.length)
      return previousEnd.call(this, bytes, done)
    }
  }

  return {
    install,
    cache,
    stats,
    /** Resolves once the compressions queued so far are done. */
    settled: () => queue,
  }
}

/**
 * The compression middleware (its defaults: responses of 1 kB and more,
 * br at quality 4 or gzip at level 6, by Accept-Encoding) with static
 * bodies served from the cache: `(req, res, next)`, as server.mjs and the
 * tests use it.
 *
 * @param {StaticBodiesOptions} [options]
 */
export function compressResponses(options) {
  const compress = compression()
  const bodies = createStaticBodies(options)
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next
   */
  function middleware(req, res, next) {
    compress(req, res, () => {
      bodies.install(req, res)
      next()
    })
  }
  return Object.assign(middleware, { bodies })
}
