import { expect, test } from '@playwright/test'

import { postForm, rawRequest, setCookies } from './attack-client'
import {
  CROSS_SITE,
  hasUser,
  readForms,
  signupFields,
  tryLogin,
  trySignup,
  userCount,
} from './attack-forms'
import { MINJUN } from './authz-helpers'
import { uniqueEmail } from './helpers'

// docs/security.md, "Requests": writes from another site, and requests
// Next would answer with a bare 500, replayed as an attacker's script
// would send them. Each test uses its own loopback source address.
test.describe.configure({ mode: 'serial' })

const PASSWORD = 'demo-pass-1!'

test.beforeAll(async ({ browser }) => {
  await readForms(browser)
})

test.describe('cross-site requests', () => {
  for (const origin of ['https://evil.example', 'null']) {
    test(`a sign-up from Origin: ${origin} gets 403 and creates nothing`, async () => {
      const email = uniqueEmail('csrf')
      const before = userCount()
      const response = await trySignup(email, { from: '127.0.0.41', origin })
      expect(response.status).toBe(403)
      expect(response.body).toBe(CROSS_SITE)
      expect(setCookies(response).size).toBe(0)
      expect(hasUser(email)).toBe(false)
      expect(userCount()).toBe(before)
    })
  }

  test('a cross-site sign-up on a path the proxy skips is refused in Korean too', async () => {
    const email = uniqueEmail('csrf-skip')
    const response = await postForm(
      '/favicon.ico',
      signupFields(),
      { name: '공격 시험', email, password: 'pass-1234!' },
      { from: '127.0.0.44', origin: 'https://evil.example' },
    )
    expect(response.status).toBe(403)
    expect(response.body).toBe(CROSS_SITE)
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(hasUser(email)).toBe(false)
  })

  test('a login with the right password from a foreign origin sets no cookie', async () => {
    const response = await tryLogin(MINJUN.email, PASSWORD, {
      from: '127.0.0.42',
      origin: 'https://evil.example',
    })
    expect(response.status).toBe(403)
    expect(setCookies(response).size).toBe(0)
  })

  test('the mutating Route Handler checks the origin itself', async () => {
    const response = await rawRequest({
      method: 'POST',
      path: '/api/demo/forget-cookie',
      headers: { origin: 'https://evil.example', cookie: 'session=anything' },
      from: '127.0.0.43',
    })
    expect(response.status).toBe(403)
    expect(setCookies(response).size).toBe(0)
  })
})

test.describe('malformed requests', () => {
  test('broken percent-encoding gets a Korean 400 with the security headers', async () => {
    const response = await rawRequest({
      path: '/chapters/a%',
      from: '127.0.0.45',
    })
    expect(response.status).toBe(400)
    expect(response.body).toBe('주소의 퍼센트 인코딩이 올바르지 않습니다.')
    expect(response.headers['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    )
  })

  test('a body over 1 MB gets a Korean 413 and creates nothing', async () => {
    const before = userCount()
    const response = await postForm(
      '/chapters/signup',
      signupFields(),
      { name: '가'.repeat(400_000), email: uniqueEmail('big'), password: 'x' },
      { from: '127.0.0.46' },
    )
    expect(response.status).toBe(413)
    expect(response.body).toBe('요청이 너무 큽니다. 1MB까지만 받습니다.')
    expect(userCount()).toBe(before)
  })

  test('a file asked for in part or on a condition is sent whole, not a 500', async () => {
    const page = await rawRequest({
      path: '/chapters/signup',
      from: '127.0.0.47',
    })
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page.body)?.[1]
    expect(chunk).toBeDefined()
    for (const path of [chunk ?? '', '/og/home.png']) {
      const whole = await rawRequest({ path, from: '127.0.0.47' })
      expect(whole.status).toBe(200)
      const asks: Record<string, string>[] = [
        { range: 'bytes=abc' },
        { range: 'bytes=999999999-' },
        { 'if-match': '"no-such-version"' },
        { 'if-unmodified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' },
      ]
      for (const headers of asks) {
        const response = await rawRequest({ path, headers, from: '127.0.0.47' })
        expect(response.status, JSON.stringify(headers)).toBe(200)
        expect(response.body.length).toBe(whole.body.length)
      }
    }
  })

  test('a write to a file gets a Korean 405 naming GET', async () => {
    for (const [method, path] of [
      ['DELETE', '/og/home.png'],
      ['PUT', '/og/home%2Epng'],
      ['POST', '/icon.svg'],
    ] as const) {
      const response = await rawRequest({ method, path, from: '127.0.0.48' })
      expect(response.status).toBe(405)
      expect(response.headers.allow).toBe('GET, HEAD')
      expect(response.body).toBe('이 주소는 파일입니다. 읽기(GET)만 받습니다.')
    }
  })

  test('a method the site has no use for gets a Korean 405, not the page or a 500', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await rawRequest({
        method,
        path: '/chapters/signup',
        from: '127.0.0.49',
      })
      expect(response.status, method).toBe(405)
      expect(response.headers.allow).toBe('GET, HEAD, POST')
      expect(response.body).toBe('이 사이트는 GET, HEAD, POST 요청만 받습니다.')
    }
  })

  test('an address too long for the server gets a Korean 431, not a blank page', async () => {
    const response = await rawRequest({
      path: `/chapters/${'a'.repeat(20_000)}`,
      from: '127.0.0.50',
    })
    expect(response.status).toBe(431)
    expect(response.body).toBe('주소나 헤더가 너무 깁니다.')
  })
})
