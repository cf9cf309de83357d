import fs from 'node:fs'
import path from 'node:path'

import { NextRequest } from 'next/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { freshDir, setEnv } from './helpers/env'

const { default: proxy, config } = await import('@/proxy')
const { encrypt } = await import('@/lib/session')

const SITE = 'http://localhost:3000'
const SECRET = 'unit-test-secret-that-is-longer-than-32-bytes'
const IN_A_WEEK = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000)

const stateless = (role: 'admin' | 'member' = 'member') =>
  encrypt({ strategy: 'stateless', userId: 'user-1', role }, IN_A_WEEK())

function get(pathname: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`${SITE}${pathname}`, { headers }))
}

function signedIn(pathname: string, token: string, extra = {}) {
  return get(pathname, { cookie: `session=${token}`, ...extra })
}

/** What the proxy decided: a redirect target, or "passes" for next(). */
function outcome(response: Response) {
  const location = response.headers.get('location')
  if (location) return { status: response.status, location }
  expect(response.headers.get('x-middleware-next')).toBe('1')
  return 'passes'
}

const toLogin = (next: string) => ({
  status: 307,
  location: `${SITE}/login?next=${encodeURIComponent(next)}`,
})

let restoreEnv: () => void
let dataDir: string

beforeEach(() => {
  // A store that cannot be read: any attempt to open it would throw.
  dataDir = freshDir()
  fs.writeFileSync(path.join(dataDir, 'db.json'), '{"version": 1, "users": [')
  restoreEnv = setEnv({ DATA_DIR: dataDir, SESSION_SECRET: SECRET })
})

afterEach(() => restoreEnv())

describe('the proxy, signed out', () => {
  it.each([
    '/demo',
    '/demo/dashboard',
    '/demo/dashboard/settings',
    '/DEMO/Dashboard',
    '/Demo/dashboard',
    '/demo/dashboard/',
    '/demo//dashboard',
    '/demo/dashboard.rsc',
  ])('sends %s to the login page with the path as next', async (pathname) => {
    const response = await get(pathname)

    expect(outcome(response)).toEqual(toLogin(pathname))
  })

  it('keeps the next parameter to the path alone, without the query', async () => {
    const response = await get('/demo/dashboard?tab=admin')

    expect(outcome(response)).toEqual(toLogin('/demo/dashboard'))
  })

  it('redirects a HEAD request like a GET', async () => {
    const response = await proxy(
      new NextRequest(`${SITE}/demo/dashboard`, { method: 'HEAD' }),
    )

    expect(outcome(response)).toEqual(toLogin('/demo/dashboard'))
  })

  it.each([
    '/',
    '/login',
    '/chapters/proxy',
    '/lab/layout-check/a',
    '/demos',
    '/demonstration',
    '/dem',
  ])('lets %s through', async (pathname) => {
    expect(outcome(await get(pathname))).toBe('passes')
  })
})

describe('the proxy, signed in', () => {
  it.each(['/demo/dashboard', '/demo/dashboard/settings', '/DEMO/Dashboard'])(
    'lets %s through without a redirect',
    async (pathname) => {
      const response = await signedIn(pathname, await stateless())

      expect(response.headers.get('location')).toBeNull()
      expect(response.status).toBe(200)
      expect(outcome(response)).toBe('passes')
    },
  )

  it.each(['/login', '/login/', '/LOGIN', '/login?next=%2Fdemo%2Fdashboard'])(
    'sends %s to the dashboard',
    async (pathname) => {
      const response = await signedIn(pathname, await stateless())

      expect(outcome(response)).toEqual({
        status: 307,
        location: `${SITE}/demo/dashboard`,
      })
    },
  )

  it('lets a database-session token through without looking for its row', async () => {
    const token = await encrypt(
      // A well-formed sid for which no row exists.
      { strategy: 'database', sid: 'ab'.repeat(16) },
      IN_A_WEEK(),
    )

    expect(outcome(await signedIn('/demo/dashboard', token))).toBe('passes')
  })

  it('gives a member and an admin the same answer: roles are not its job', async () => {
    const member = await signedIn('/demo/dashboard', await stateless('member'))
    const admin = await signedIn('/demo/dashboard', await stateless('admin'))

    expect(outcome(member)).toBe('passes')
    expect(outcome(admin)).toBe('passes')
  })
})

describe('the proxy and ?expired from the DAL', () => {
  it('lets a well-signed cookie reach /login?expired=1, so an ended session cannot loop', async () => {
    const token = await encrypt(
      { strategy: 'database', sid: 'cd'.repeat(16) },
      IN_A_WEEK(),
    )

    expect(outcome(await signedIn('/login?expired=1', token))).toBe('passes')
    expect(outcome(await signedIn('/login', token))).toMatchObject({
      status: 307,
    })
  })

  it('lets a signed-out visitor reach /login?expired=1 too', async () => {
    expect(outcome(await get('/login?expired=1'))).toBe('passes')
  })

  it('opens no protected path: /demo?expired=1 still needs a session', async () => {
    expect(outcome(await get('/demo/dashboard?expired=1'))).toEqual(
      toLogin('/demo/dashboard'),
    )
  })
})

describe('the proxy and tokens it must not believe', () => {
  it('counts a token whose payload was swapped, signature kept, as signed out', async () => {
    const [header, body, signature] = (await stateless()).split('.')
    const claims = JSON.parse(
      Buffer.from(body ?? '', 'base64url').toString('utf8'),
    )
    const forged = Buffer.from(
      JSON.stringify({ ...claims, role: 'admin' }),
    ).toString('base64url')

    const response = await signedIn(
      '/demo/dashboard',
      `${header}.${forged}.${signature}`,
    )

    expect(outcome(response)).toEqual(toLogin('/demo/dashboard'))
  })

  it('counts an expired token as signed out', async () => {
    const token = await encrypt(
      { strategy: 'stateless', userId: 'user-1', role: 'member' },
      new Date(Date.now() - 60 * 1000),
    )

    expect(outcome(await signedIn('/demo/dashboard', token))).toEqual(
      toLogin('/demo/dashboard'),
    )
  })

  it('counts a token signed with another secret as signed out', async () => {
    const restore = setEnv({
      SESSION_SECRET: 'another-secret-that-is-also-longer-than-32-bytes',
    })
    const foreign = await stateless('admin')
    restore()

    expect(outcome(await signedIn('/demo/dashboard', foreign))).toEqual(
      toLogin('/demo/dashboard'),
    )
  })

  it.each(['', 'garbage', 'a.b.c', 'eyJhbGciOiJub25lIn0.e30.'])(
    'counts the cookie %j as signed out and lets /login through',
    async (token) => {
      expect(outcome(await signedIn('/demo/dashboard', token))).toEqual(
        toLogin('/demo/dashboard'),
      )
      expect(outcome(await signedIn('/login', token))).toBe('passes')
    },
  )
})

describe('posts from another site', () => {
  function post(origin: string) {
    return proxy(
      new NextRequest(`${SITE}/chapters/where-checks-live`, {
        method: 'POST',
        headers: { host: 'localhost:3000', origin, 'next-action': 'abc' },
      }),
    )
  }

  it.each(['https://evil.example', 'null', 'http://localhost:3001'])(
    'are refused with a Korean 403 when Origin is %s',
    async (origin) => {
      const response = await post(origin)
      expect(response.status).toBe(403)
      expect(await response.text()).toBe(
        '다른 사이트에서 보낸 요청은 받지 않습니다.',
      )
    },
  )

  it('let a post from this site through', async () => {
    expect(outcome(await post('http://localhost:3000'))).toBe('passes')
  })
})

describe('requests the proxy does not redirect', () => {
  it('lets a POST (a Server Action) through, signed out, for the DAL to refuse', async () => {
    const response = await proxy(
      new NextRequest(`${SITE}/demo/dashboard`, {
        method: 'POST',
        headers: { 'next-action': 'abc123' },
      }),
    )

    expect(outcome(response)).toBe('passes')
  })

  // Next strips these flight headers before the proxy runs anyway; a
  // prefetch or client navigation is a GET like any other.
  it.each([
    ['a prefetch', { 'next-router-prefetch': '1', rsc: '1' }],
    ['a client navigation', { rsc: '1' }],
  ])('redirects %s like a page load', async (_, headers) => {
    const response = await get('/demo/dashboard', headers)

    expect(outcome(response)).toEqual(toLogin('/demo/dashboard'))
  })

  it('lets a signed-in POST to /login through instead of redirecting it', async () => {
    const response = await proxy(
      new NextRequest(`${SITE}/login`, {
        method: 'POST',
        headers: { cookie: `session=${await stateless()}` },
      }),
    )

    expect(outcome(response)).toBe('passes')
  })

  it('never reads the cookie on a public page', async () => {
    const request = new NextRequest(`${SITE}/chapters/proxy`, {
      headers: { cookie: `session=${await stateless()}` },
    })
    const read = vi.spyOn(request.cookies, 'get')

    expect(outcome(await proxy(request))).toBe('passes')
    expect(read).not.toHaveBeenCalled()
  })
})

describe('the proxy and the store', () => {
  it('works with a store that cannot be read, and leaves the file untouched', async () => {
    const file = path.join(dataDir, 'db.json')
    const before = fs.readFileSync(file)
    const modified = fs.statSync(file).mtimeMs

    expect(outcome(await get('/demo/dashboard'))).toEqual(
      toLogin('/demo/dashboard'),
    )
    expect(outcome(await signedIn('/demo/dashboard', await stateless()))).toBe(
      'passes',
    )
    expect(outcome(await signedIn('/login', await stateless()))).toMatchObject({
      status: 307,
    })

    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(fs.statSync(file).mtimeMs).toBe(modified)
    expect(fs.readdirSync(dataDir)).toEqual(['db.json'])
  })
})

describe('the proxy matcher', () => {
  // Next anchors each matcher source at both ends.
  const patterns = config.matcher.map(
    (source: string) => new RegExp(`^${source}$`),
  )
  const runsOn = (pathname: string) => patterns.some((re) => re.test(pathname))

  it('is exported as config.matcher', () => {
    expect(Array.isArray(config.matcher)).toBe(true)
    expect(config.matcher.length).toBeGreaterThan(0)
  })

  it.each([
    '/demo/dashboard',
    '/demo/dashboard/settings',
    '/demo',
    '/login',
    '/DEMO/Dashboard',
    '/demo/dashboard.rsc',
    '/',
  ])('runs the proxy on %s', (pathname) => {
    expect(runsOn(pathname)).toBe(true)
  })

  it.each([
    '/api/x',
    '/api/admin/report',
    '/_next/static/x.js',
    '/_next/static/chunks/app.css',
    '/_next/image',
    '/icon.svg',
    '/favicon.ico',
    '/logo.png',
  ])('skips %s', (pathname) => {
    expect(runsOn(pathname)).toBe(false)
  })
})
