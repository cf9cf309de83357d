import { expect, test, type Page } from '@playwright/test'

import { rawRequest, setCookies, SAME_ORIGIN } from './attack-client'
import {
  LOGIN_FORM,
  loginFields,
  readForms,
  tryLogin,
  trySignup,
} from './attack-forms'
import { MINJUN, storedDb } from './authz-helpers'
import { openHydrated, PAGES, uniqueEmail } from './helpers'

// Each guarantee of docs/security.md, replayed as a request an attacker
// could send. Every test uses its own loopback source address, so the
// login limit one test fills never reaches another.
test.describe.configure({ mode: 'serial' })

const PASSWORD = 'demo-pass-1!'
const WRONG = '이메일 또는 비밀번호가 올바르지 않습니다.'
const LIMITED = /로그인 시도가 너무 많습니다\. \d+분 뒤에 다시 시도해 주세요\./

test.beforeAll(async ({ browser }) => {
  await readForms(browser)
})

/** Logs in from the login page; it must end on the dashboard. */
async function logInAsMinjun(page: Page, loginUrl: string) {
  await openHydrated(page, loginUrl)
  const form = page.locator(LOGIN_FORM).first()
  await form.getByLabel('이메일').fill(MINJUN.email)
  await form.getByLabel('비밀번호').fill(PASSWORD)
  await form.getByRole('button', { name: '로그인', exact: true }).click()
  await expect(page).toHaveURL(`${SAME_ORIGIN}/demo/dashboard`)
}

test.describe('brute force', () => {
  test('rotating X-Forwarded-For is still one client: refused after 30, no bcrypt', async () => {
    const from = '127.0.0.21'
    for (let i = 0; i < 30; i++) {
      const response = await tryLogin(`guess-${i}@example.com`, 'wrong-1!', {
        from,
      })
      expect(response.status).toBe(200)
      expect(response.body).toContain(WRONG)
    }
    expect(
      (await tryLogin('one-more@example.com', 'x', { from })).body,
    ).toMatch(LIMITED)
    // Every header a client could use to claim another address.
    const rotated = await rawLoginWithHeaders(from, {
      'x-forwarded-for': '203.0.113.99',
      'x-real-ip': '203.0.113.98',
      forwarded: 'for=203.0.113.97',
    })
    expect(rotated.body).toMatch(LIMITED)
    expect(rotated.body).not.toContain(WRONG)

    // Another machine is not affected.
    const other = await tryLogin('one-more@example.com', 'x', {
      from: '127.0.0.22',
    })
    expect(other.body).toContain(WRONG)
  })

  test('5 failures from one client lock it out, even the right password; others in', async () => {
    const email = uniqueEmail('locked')
    const created = await trySignup(email, { from: '127.0.0.30' })
    expect(created.status).toBe(303)
    for (let i = 1; i <= 5; i++) {
      const response = await tryLogin(email, `wrong-${i}!`, {
        from: '127.0.0.31',
      })
      expect(response.body).toContain(WRONG)
    }
    const right = await tryLogin(email, 'pass-1234!', { from: '127.0.0.31' })
    expect(right.status).toBe(200)
    expect(right.body).toMatch(LIMITED)
    expect(setCookies(right).has('session')).toBe(false)

    // The guesser locked only itself out: the owner, elsewhere, gets in.
    const owner = await tryLogin(email, 'pass-1234!', { from: '127.0.0.36' })
    expect(owner.status).toBe(303)
    expect(setCookies(owner).has('session')).toBe(true)
  })
})

async function rawLoginWithHeaders(
  from: string,
  headers: Record<string, string>,
) {
  const data = new FormData()
  for (const [name, value] of loginFields()) {
    if (!['email', 'password'].includes(name)) data.append(name, value)
  }
  data.append('email', 'rotated@example.com')
  data.append('password', 'wrong-1!')
  const encoded = new Response(data)
  return rawRequest({
    method: 'POST',
    path: '/login',
    from,
    headers: {
      ...headers,
      origin: SAME_ORIGIN,
      'content-type': encoded.headers.get('content-type') ?? '',
    },
    body: Buffer.from(await encoded.arrayBuffer()),
  })
}

test.describe('redirects after login', () => {
  const FALLBACK = '/chapters/sessions#login-demo'
  const tricks = [
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https:evil.example',
    'https://evil.example/demo/dashboard',
    '/%2F%2Fevil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    '/demo/../../evil',
  ]
  for (const trick of tricks) {
    test(`returnTo ${JSON.stringify(trick)} lands on this site's default page`, async () => {
      const response = await tryLogin(MINJUN.email, PASSWORD, {
        from: '127.0.0.50',
        returnTo: trick,
      })
      expect(response.status).toBe(303)
      expect(response.headers.location).toBe(FALLBACK)
    })
  }

  test('?next=//evil.example on the login page ends on the dashboard', async ({
    page,
  }) => {
    await logInAsMinjun(page, '/login?next=%2F%2Fevil.example')
  })

  test('a malformed ?next= is not a server error', async () => {
    for (const next of ['%E0%A4%A', '%', '%00', 'x'.repeat(4000)]) {
      const response = await rawRequest({ path: `/login?next=${next}` })
      expect(response.status).toBe(200)
      expect(response.body).toContain('로그인')
    }
  })
})

test.describe('the session cookie', () => {
  test('HttpOnly, Lax, Path=/, token expiry, far under 4 KB, not Secure on http', async () => {
    const response = await tryLogin(MINJUN.email, PASSWORD, {
      from: '127.0.0.60',
    })
    const line = setCookies(response).get('session') ?? ''
    expect(line).toMatch(/; HttpOnly/i)
    expect(line).toMatch(/; SameSite=lax/i)
    expect(line).toMatch(/; Path=\//)
    expect(line).not.toMatch(/; Secure/i)
    expect(line.length).toBeLessThan(1024)
    const token = line.split(';')[0]?.split('=')[1] ?? ''
    const { exp } = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
    )
    const expires = /Expires=([^;]+)/i.exec(line)?.[1] ?? ''
    expect(Math.round(Date.parse(expires) / 1000)).toBe(exp)
  })

  test('a client cannot claim https with X-Forwarded-Proto (a trusted proxy may)', async () => {
    const data = new FormData()
    for (const [name, value] of loginFields()) {
      if (!['email', 'password'].includes(name)) data.append(name, value)
    }
    data.append('email', MINJUN.email)
    data.append('password', PASSWORD)
    const encoded = new Response(data)
    const response = await rawRequest({
      method: 'POST',
      path: '/login',
      from: '127.0.0.61',
      headers: {
        origin: SAME_ORIGIN,
        'x-forwarded-proto': 'https',
        'content-type': encoded.headers.get('content-type') ?? '',
      },
      body: Buffer.from(await encoded.arrayBuffer()),
    })
    const cookies = setCookies(response)
    expect(cookies.has('session')).toBe(true)
    expect(cookies.has('__Host-session')).toBe(false)
  })
})

test.describe('nothing secret in any response', () => {
  test('no page holds a full password hash, the secret or a stack trace, signed in or not', async ({
    page,
  }) => {
    const paths = [...PAGES, '/api/session', '/no-such-page']
    const secret = 'e2e-test-secret-that-is-longer-than-32-bytes'
    // Every stored hash, and the salt part (first 29 characters) of each:
    // the inspector shows a learner the first 15 of their own, no more.
    const check = async () => {
      const hashes = storedDb().users.map((user) => user.passwordHash)
      for (const path of paths) {
        const body = await (await page.request.get(path)).text()
        const leaked = hashes.filter((hash) => body.includes(hash.slice(0, 29)))
        expect(leaked, path).toEqual([])
        expect(body.includes(secret), path).toBe(false)
        expect(/\n\s+at .+\.js:\d+/.test(body), path).toBe(false)
      }
    }
    await check()
    await logInAsMinjun(page, '/login')
    paths.push('/demo/dashboard')
    await check()
  })

  test('the store file is never served', async () => {
    for (const path of [
      '/.e2e-data/db.json',
      '/data/db.json',
      '/db.json',
      '/_next/static/../../.e2e-data/db.json',
      '/%2e%2e/.e2e-data/db.json',
      '/_next/static/..%2F..%2F.e2e-data%2Fdb.json',
    ]) {
      const response = await rawRequest({ path })
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
      expect(response.body, path).not.toContain('passwordHash')
    }
  })
})
