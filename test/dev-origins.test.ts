import { hostname, networkInterfaces } from 'node:os'

import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_PRODUCTION_BUILD,
} from 'next/constants.js'
import { describe, expect, it } from 'vitest'

import { lanAddresses, lanHostNames } from '@/lib/lan-addresses.mjs'
import config from '@/next.config.mjs'

describe('the development server on the room network', () => {
  it('allows this machine’s own IPv4 addresses and host names, not loopback', () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info?.family === 'IPv4' && !info.internal)
      .map((info) => info?.address)
    expect(lanAddresses()).toEqual(external)
    expect(lanAddresses()).not.toContain('127.0.0.1')
    expect(lanHostNames()).toEqual([
      ...external,
      hostname(),
      `${hostname()}.local`,
    ])
  })

  it('is what next dev allows, while a build allows nothing extra', () => {
    expect(config(PHASE_DEVELOPMENT_SERVER).allowedDevOrigins).toEqual(
      lanHostNames(),
    )
    expect(config(PHASE_PRODUCTION_BUILD).allowedDevOrigins).toBeUndefined()
  })
})
