// Plain JavaScript: server.mjs uses it before Next sees a request, and
// the proxy and Route Handlers use it through same-origin.d.mts.

/**
 * True when an Origin header names the host the request was sent to.
 * Compared with the Host header, not the URL: behind `npm start` the URL
 * says localhost even when the room reaches the laptop by its address. A
 * missing or "null" Origin is not the same origin.
 */
export function originMatchesHost(origin, host) {
  if (!origin || origin === 'null' || !host) return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/** The same, for a Fetch API request (the proxy, a Route Handler). */
export function isSameOrigin(request) {
  return originMatchesHost(
    request.headers.get('origin'),
    request.headers.get('x-forwarded-host') ?? request.headers.get('host'),
  )
}
