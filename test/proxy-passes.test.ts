import fs from 'node:fs'
import path from 'node:path'

import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

import {
  get,
  outcome,
  setUpProxyTests,
  signedIn,
  SITE,
  stateless,
  toLogin,
} from './helpers/proxy-requests'

const { default: proxy, config } = await import('@/proxy')

const store = setUpProxyTests()

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
    const file = path.join(store.dataDir(), 'db.json')
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
    expect(fs.readdirSync(store.dataDir())).toEqual(['db.json'])
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
