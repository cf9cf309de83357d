/**
 * True when the request's Origin names the host it was sent to. Compared
 * with the Host header, not request.url: behind `next start` the URL says
 * localhost even when the room reaches the laptop by its address. A
 * missing or "null" Origin is not the same origin.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  const host =
    request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (!origin || origin === 'null' || !host) return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
