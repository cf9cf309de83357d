// A small HTTP client for the benchmark: keep-alive GETs that read the
// whole body, timed from the request to the last byte, and the sign-up
// form posted as a browser without JavaScript would post it.
import http from 'node:http'

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

/**
 * GET a path; resolves with status, headers, body (as sent: compressed if
 * the server compressed it) and milliseconds to the last byte. Without
 * headers it asks for no compression: the figures compare serving.
 */
export function get(
  base,
  path,
  { headers = { 'accept-encoding': 'identity' }, retried = false } = {},
) {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = http.get(
      new URL(path, base),
      { agent, headers },
      (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            headers: response.headers,
            body: Buffer.concat(chunks),
            ms: performance.now() - started,
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', (error) => {
      // A kept-alive socket the server closed as it was reused (idle past
      // its 5 s keep-alive while the benchmark hashed): try once more on a
      // new one, as Node's documentation advises.
      if (!retried && request.reusedSocket && error.code === 'ECONNRESET') {
        resolve(get(base, path, { headers, retried: true }))
      } else {
        reject(error)
      }
    })
  })
}

/** Requests `path` one after another until `until()` is true or n done. */
export async function sample(base, path, { n = Infinity, until } = {}) {
  const times = []
  while (times.length < n && !(until && until())) {
    const { status, ms } = await get(base, path)
    if (status !== 200) throw new Error(`GET ${path} answered ${status}`)
    times.push(ms)
  }
  return times
}

export function percentile(times, p) {
  if (times.length === 0) return NaN
  const sorted = [...times].sort((a, b) => a - b)
  const index = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  )
  return sorted[Math.max(0, index)]
}

export const median = (times) => percentile(times, 50)
