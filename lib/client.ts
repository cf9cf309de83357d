import 'server-only'

import ipaddr from 'ipaddr.js'
import { headers } from 'next/headers'

/**
 * Who is asking, for the per-client login limit. `npm start` (server.mjs)
 * always rewrites X-Forwarded-For to the socket's address, or to what a
 * trusted proxy reported (TRUST_PROXY), so the value here is not the
 * client's to choose. Under `next dev` it is; docs/security.md says so.
 */
export async function clientKey(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for') ?? ''
  // server.mjs sends one address; a chain from elsewhere counts its first.
  return addressKey(forwarded.split(',')[0]?.trim() ?? '')
}

/**
 * One key per IPv4 address; one per /64 for IPv6, because a single
 * household or machine is usually handed a whole /64 and could otherwise
 * take a fresh address for every guess.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return 'unknown'
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address()
  }
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4)
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`
}
