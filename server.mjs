// The production server: `next start` plus two things it cannot do,
// telling the app who the client really is, and sending a prerendered page
// without encoding and compressing it again on every request.
//
// `next start` fills in X-Forwarded-For only when the request lacks it, so a
// client can name any address it likes and a per-client login limit keyed
// on it could be dodged by changing the header on every try. Here the
// header is always rewritten before Next sees it: the socket's address, or,
// when TRUST_PROXY names the reverse proxies in front of the site, the
// address those proxies report (the same rules as Express's "trust proxy").
//
// Compression is done here rather than by Next (`compress: false` in
// next.config.mjs): the same middleware for every response, except that
// Next's cached static bodies are sent from bytes encoded once
// (lib/static-bodies.mjs, docs/performance.md).
//
// Usage: node server.mjs [--port 3000] [--hostname 0.0.0.0]
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import next from 'next'
import proxyaddr from 'proxy-addr'

import { securityHeaders } from './next.config.mjs'
import { lanAddresses } from './lib/lan-addresses.mjs'
import { originMatchesHost } from './lib/same-origin.mjs'
import { compressResponses } from './lib/static-bodies.mjs'

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
  },
})
const port = Number(args.port ?? process.env.PORT ?? 3000)
// Like `next start`: every interface unless told otherwise, so the room
// can reach the instructor's laptop.
const hostname = args.hostname

/**
 * TRUST_PROXY: unset (trust nobody: the socket is the client), a number of
 * proxy hops, or a comma-separated list of addresses or subnets
 * ("loopback", "10.0.0.0/8"). Anything else stops the server.
 */
function trustFromEnv(value) {
  if (!value) return () => false
  if (/^\d+$/.test(value)) return Number(value)
  try {
    return proxyaddr.compile(value.split(',').map((part) => part.trim()))
  } catch (error) {
    console.error(`\n[server] TRUST_PROXY="${value}": ${error.message}\n`)
    process.exit(1)
  }
}
const trust = trustFromEnv(process.env.TRUST_PROXY)

// Headers only a trusted proxy may set; from anyone else they are dropped.
const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-proto', 'x-real-ip']

function rewriteClientHeaders(req) {
  const peer = req.socket.remoteAddress ?? ''
  const peerIsProxy =
    typeof trust === 'number' ? trust > 0 : trust(peer, 0) === true
  if (!peerIsProxy) {
    for (const name of PROXY_HEADERS) delete req.headers[name]
  }
  req.headers['x-forwarded-for'] = proxyaddr(req, trust)
}

const HEADERS = securityHeaders(false)
const MAX_BODY = 1024 * 1024
const METHODS = ['GET', 'HEAD', 'POST']

// Files Next sends as they are on disk: its build output, and public/ and
// app/icon.svg, whose paths end in an extension (no page's does). For them
// Next turns a write, an unsatisfiable Range or a failed If-Match into a
// render of /405, /416 or /412, which fails, and sends a bare 500. Nothing
// here needs part of a file or a download conditional on its version:
// these headers are dropped and the whole file is sent (HTTP lets a server
// ignore them).
const FILE_PRECONDITIONS = [
  'range',
  'if-range',
  'if-match',
  'if-unmodified-since',
]

function isFile(urlPath) {
  return urlPath.startsWith('/_next/static/') || path.extname(urlPath) !== ''
}

/**
 * Requests Next would answer with a bare English 500, answered here in
 * Korean with the site's security headers: a path whose percent-encoding
 * is broken (/chapters/a%), a write from another site on a path the proxy
 * does not cover (the proxy refuses the rest itself), a body over 1 MB, a
 * write to a file, a method the site has no use for. A read of a file has
 * the preconditions Next fails on removed.
 */
function refuseEarly(req, res) {
  const urlPath = (req.url ?? '/').split('?')[0]
  let decoded = urlPath
  let refusal = null
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    refusal = [400, '주소의 퍼센트 인코딩이 올바르지 않습니다.']
  }
  const isWrite = req.method !== 'GET' && req.method !== 'HEAD'
  const origin = req.headers.origin
  if (
    !refusal &&
    isWrite &&
    origin &&
    !originMatchesHost(
      origin,
      req.headers['x-forwarded-host'] ?? req.headers.host,
    )
  ) {
    refusal = [403, '다른 사이트에서 보낸 요청은 받지 않습니다.']
  }
  // Next's limit for a Server Action body; it would answer a bare 500.
  if (!refusal && isWrite && Number(req.headers['content-length']) > MAX_BODY) {
    refusal = [413, '요청이 너무 큽니다. 1MB까지만 받습니다.']
  }
  if (!refusal && isWrite && isFile(decoded)) {
    refusal = [405, '이 주소는 파일입니다. 읽기(GET)만 받습니다.', 'GET, HEAD']
  }
  // Pages and Server Actions need no more; Next answers TRACE with a 500
  // and a stack in the log, PUT or DELETE on a page with the page.
  if (!refusal && !METHODS.includes(req.method ?? '')) {
    refusal = [
      405,
      '이 사이트는 GET, HEAD, POST 요청만 받습니다.',
      METHODS.join(', '),
    ]
  }
  if (!refusal) {
    if (isFile(decoded)) {
      for (const name of FILE_PRECONDITIONS) delete req.headers[name]
    }
    return false
  }
  res.writeHead(refusal[0], {
    ...Object.fromEntries(HEADERS.map(({ key, value }) => [key, value])),
    'Content-Type': 'text/plain; charset=utf-8',
    ...(refusal[2] ? { Allow: refusal[2] } : {}),
  })
  res.end(refusal[1])
  return true
}

// next.config.mjs refuses to start without a strong SESSION_SECRET.
const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()
const compress = compressResponses()

const server = createServer((req, res) => {
  rewriteClientHeaders(req)
  if (refuseEarly(req, res)) return
  compress(req, res, () => handle(req, res))
})

// Requests Node's parser refuses before any handler runs: it would send
// the status line alone, and a learner would see a blank page.
server.on('clientError', (error, socket) => {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const [status, text] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? ['431 Request Header Fields Too Large', '주소나 헤더가 너무 깁니다.']
      : ['400 Bad Request', '요청을 읽을 수 없습니다.']
  const body = Buffer.from(text)
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${text}`,
  )
})

// One clear line and exit code 1, not a stack trace: the port is the
// usual mistake (a second server, or another program, already on it).
server.on('error', (error) => {
  const where = `${hostname ?? '*'}:${port}`
  const why =
    error.code === 'EADDRINUSE'
      ? `포트 ${port}번을 이미 다른 프로그램이 쓰고 있습니다 (port in use). ` +
        '그 프로그램을 멈추거나 다른 포트를 주세요: npm start -- -p 3001'
      : error.code === 'EACCES'
        ? `포트 ${port}번을 열 권한이 없습니다 (permission denied). ` +
          '1024 이상의 포트를 쓰세요.'
        : `${error.code ?? ''} ${error.message}`.trim()
  console.error(`[server] ${where}: ${why}`)
  process.exit(1)
})

// Stopped with Ctrl+C or by a service manager: exit like `next start`
// does, so the pid file (instrumentation.ts) is removed on the way out.
process.once('SIGINT', () => process.exit(130))
process.once('SIGTERM', () => process.exit(143))

const EVERY_INTERFACE = [undefined, '0.0.0.0', '::']

server.listen(port, hostname, () => {
  const everywhere = EVERY_INTERFACE.includes(hostname)
  const shown = everywhere ? 'localhost' : hostname
  console.info(`[server] ready on http://${shown}:${port}`)
  if (!everywhere) return
  // What learners in the room type: this machine's own addresses.
  for (const address of lanAddresses()) {
    console.info(
      `[server] 학습자용 주소 (on this network): http://${address}:${port}`,
    )
  }
})
