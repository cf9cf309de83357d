import fs from 'node:fs'
import path from 'node:path'

import { NextRequest } from 'next/server'
import { afterEach, beforeEach, expect } from 'vitest'

import { encrypt } from '@/lib/session'
import proxy from '@/proxy'

import { freshDir, setEnv } from './env'

// Shared by the proxy's tests: requests to it, and what it decided.
export const SITE = 'http://localhost:3000'
const SECRET = 'unit-test-secret-that-is-longer-than-32-bytes'
export const IN_A_WEEK = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000)

export const stateless = (role: 'admin' | 'member' = 'member') =>
  encrypt({ strategy: 'stateless', userId: 'user-1', role }, IN_A_WEEK())

export function get(pathname: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`${SITE}${pathname}`, { headers }))
}

export function signedIn(pathname: string, token: string, extra = {}) {
  return get(pathname, { cookie: `session=${token}`, ...extra })
}

/** What the proxy decided: a redirect target, or "passes" for next(). */
export function outcome(response: Response) {
  const location = response.headers.get('location')
  if (location) return { status: response.status, location }
  expect(response.headers.get('x-middleware-next')).toBe('1')
  return 'passes'
}

export const toLogin = (next: string) => ({
  status: 307,
  location: `${SITE}/login?next=${encodeURIComponent(next)}`,
})

/**
 * Every test of the calling file runs on a store that cannot be read (any
 * attempt to open it would throw) and a known secret. Returns the store's
 * folder, for the tests that check the proxy never touched it.
 */
export function setUpProxyTests(): { dataDir: () => string } {
  let restoreEnv: () => void
  let dataDir = ''

  beforeEach(() => {
    dataDir = freshDir()
    fs.writeFileSync(path.join(dataDir, 'db.json'), '{"version": 1, "users": [')
    restoreEnv = setEnv({ DATA_DIR: dataDir, SESSION_SECRET: SECRET })
  })

  afterEach(() => restoreEnv())

  return { dataDir: () => dataDir }
}
