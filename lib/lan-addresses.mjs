import { hostname, networkInterfaces } from 'node:os'

/** The machine's IPv4 addresses other than loopback. */
export function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info && info.family === 'IPv4' && !info.internal)
    .map((info) => info.address)
}

/**
 * The names other machines on the room's network may use for this one:
 * its addresses, its host name and the host name mDNS announces.
 */
export function lanHostNames() {
  const name = hostname()
  return [...lanAddresses(), name, `${name}.local`]
}
