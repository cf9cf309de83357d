import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { setEnv } from './helpers/env'
import {
  get,
  IN_A_WEEK,
  outcome,
  setUpProxyTests,
  signedIn,
  SITE,
  stateless,
  toLogin,
} from './helpers/proxy-requests'

const { default: proxy } = await import('@/proxy')
const { encrypt } = await import('@/lib/session')

setUpProxyTests()

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
  it('lets a good cookie reach /login?expired=1: an ended session cannot loop', async () => {
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
