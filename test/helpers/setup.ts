import { afterEach, beforeEach, vi } from 'vitest'

import { resetLoginLimits } from '@/lib/login-limit'

import { setEnv } from './env'
import { resetRequest } from './next-request'
import { seededDataDir } from './store'

export const TEST_SECRET = 'unit-test-secret-that-is-longer-than-32-bytes'

/**
 * Every test of the calling file starts with an empty mocked request, a
 * fresh copy of the seeded store, no login-limit counts and a known secret, and puts the
 * environment back afterwards. The store's seeding log line is silenced.
 */
export function setUpFreshRequestAndStore(secret = TEST_SECRET) {
  let restoreEnv: () => void

  beforeEach(async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
    resetRequest()
    resetLoginLimits()
    restoreEnv = setEnv({
      DATA_DIR: await seededDataDir(),
      SESSION_SECRET: secret,
    })
  })

  afterEach(() => {
    restoreEnv()
    vi.restoreAllMocks()
  })
}
