import { expect, test, type Page } from '@playwright/test'

import { E2E_PORT } from '../playwright.config'

import { openHydrated } from './helpers'

const SITE = `http://localhost:${E2E_PORT}`
const CHAPTER = '/chapters/sessions'
const DB_CHAPTER = '/chapters/database-sessions'
const WRONG = '이메일 또는 비밀번호가 올바르지 않습니다.'

test.describe.configure({ mode: 'serial' })

async function logIn(
  page: Page,
  demoId: string,
  email: string,
  strategy: '무상태 세션' | '데이터베이스 세션',
  password = 'demo-pass-1!',
) {
  const demo = page.locator(`#${demoId}`)
  await demo.getByLabel('이메일').fill(email)
  await demo.getByLabel('비밀번호').fill(password)
  await demo.getByLabel(new RegExp(strategy)).check()
  await demo.getByRole('button', { name: '로그인', exact: true }).click()
}

function verdict(page: Page, demoId: string) {
  return page.locator(`#${demoId} .inspector-verdict`)
}

async function sessionCookie(page: Page) {
  const cookies = await page.context().cookies()
  return cookies.find((cookie) => cookie.name === 'session')
}

/** Copies the session cookie, logs out, and sends the copy back. */
async function copyLogOutAndReplay(page: Page, replayDemoId: string) {
  const stolen = (await sessionCookie(page))?.value ?? ''

  await page
    .getByTestId('session-badge')
    .getByRole('button', { name: '로그아웃' })
    .click()
  await expect(page.getByTestId('session-badge')).toContainText(
    '로그인하지 않음',
  )

  const replay = page.locator(`#${replayDemoId}`)
  await replay.getByLabel('복사해 둔 토큰').fill(stolen)
  await replay.getByRole('button', { name: /세션 쿠키로 보내기/ }).click()
}

test('wrong email or wrong password: one message; the email stays, the password goes', async ({
  page,
}) => {
  await openHydrated(page, CHAPTER)
  const demo = page.locator('#login-demo')

  await logIn(page, 'login-demo', 'nobody@example.com', '무상태 세션')
  await expect(demo.getByRole('alert').filter({ hasText: WRONG })).toBeVisible()
  await expect(demo.getByLabel('이메일')).toHaveValue('nobody@example.com')
  await expect(demo.getByLabel('비밀번호')).toHaveValue('')

  await logIn(
    page,
    'login-demo',
    'minjun@example.com',
    '무상태 세션',
    'nope-1!',
  )
  await expect(demo.getByRole('alert').filter({ hasText: WRONG })).toBeVisible()
  expect(await sessionCookie(page)).toBeUndefined()
})

test('an empty login form gets field messages, not a server error', async ({
  page,
}) => {
  await openHydrated(page, CHAPTER)
  const demo = page.locator('#login-demo')
  await demo.getByRole('button', { name: '로그인', exact: true }).click()
  await expect(demo.getByText('이메일을 입력해 주세요.')).toBeVisible()
  await expect(demo.getByText('비밀번호를 입력해 주세요.')).toBeVisible()
  await expect(demo.getByLabel('이메일')).toBeFocused()
})

test('a stateless login shows the decoded token and replaces an older cookie', async ({
  page,
  context,
}) => {
  await context.addCookies([
    {
      name: 'session',
      value: 'planted-before-login',
      url: SITE,
    },
  ])
  await openHydrated(page, CHAPTER)
  await logIn(page, 'login-demo', 'minjun@example.com', '무상태 세션')

  await expect(page.getByTestId('session-badge')).toContainText('김민준')
  await expect(verdict(page, 'login-demo')).toContainText(
    '로그인 상태 (무상태 세션)',
  )
  const payload = page.locator('#login-demo').getByTestId('token-payload')
  await expect(payload).toContainText('"strategy": "stateless"')
  await expect(payload).toContainText('"role": "member"')

  const cookie = await sessionCookie(page)
  expect(cookie?.value).not.toBe('planted-before-login')
  expect(cookie?.httpOnly).toBe(true)
  expect(cookie?.sameSite).toBe('Lax')
})

test('extending the session signs a new token with a later expiry', async ({
  page,
}) => {
  await openHydrated(page, CHAPTER)
  await logIn(page, 'login-demo', 'seoyeon@example.com', '무상태 세션')
  await expect(page.getByTestId('session-controls')).toBeVisible()
  const before = await sessionCookie(page)

  await page.waitForTimeout(1100)
  await page.getByRole('button', { name: '세션 연장 (updateSession)' }).click()
  await expect
    .poll(async () => (await sessionCookie(page))?.value)
    .not.toBe(before?.value)
  const after = await sessionCookie(page)
  expect(after?.expires ?? 0).toBeGreaterThan(before?.expires ?? 0)
  await expect(page.locator('#login-demo')).toContainText('세션 연장')
})

test('a token whose role was changed is refused: signed out, with the reason', async ({
  page,
}) => {
  await openHydrated(page, CHAPTER)
  await logIn(page, 'login-demo', 'doyun@example.com', '무상태 세션')
  await expect(page.getByTestId('session-badge')).toContainText('박도윤')

  const tamper = page.locator('#tamper-demo')
  const textarea = tamper.getByLabel(/페이로드/)
  const original = await textarea.inputValue()
  // A typo is refused and stays in the box to be fixed.
  await textarea.fill('{"role": admin}')
  await tamper.getByRole('button', { name: /서명은 그대로/ }).click()
  await expect(tamper.getByRole('alert')).toHaveText(
    '올바른 JSON 객체가 아닙니다.',
  )
  await expect(textarea).toHaveValue('{"role": admin}')

  await textarea.fill(original.replace('"member"', '"admin"'))
  await tamper.getByRole('button', { name: /서명은 그대로/ }).click()

  await expect(page.getByTestId('session-badge')).toContainText(
    '로그인하지 않음',
  )
  await expect(verdict(page, 'login-demo')).toContainText('서명: 맞지 않음')

  await tamper.getByRole('button', { name: /되돌리기/ }).click()
  await expect(page.getByTestId('session-badge')).toContainText('박도윤')
})

test('a stateless token copied before logout still works after it', async ({
  page,
}) => {
  await openHydrated(page, CHAPTER)
  await logIn(page, 'login-demo', 'haeun@example.com', '무상태 세션')
  await expect(page.getByTestId('session-badge')).toContainText('최하은')
  await copyLogOutAndReplay(page, 'replay-demo')
  await expect(page.getByTestId('session-badge')).toContainText('최하은')
})

test('a database token replayed after logout is refused at once', async ({
  page,
}) => {
  await openHydrated(page, DB_CHAPTER)
  await logIn(page, 'db-login-demo', 'haeun@example.com', '데이터베이스 세션')
  await expect(verdict(page, 'db-login-demo')).toContainText(
    '데이터베이스 세션',
  )
  await copyLogOutAndReplay(page, 'db-replay-demo')
  await expect(verdict(page, 'db-replay-demo')).toContainText('세션 행: 없음')
  await expect(page.getByTestId('session-badge')).toContainText(
    '로그인하지 않음',
  )
})

test('ending a session from another browser signs that browser out on its next request', async ({
  browser,
}) => {
  const laptop = await browser.newPage()
  const phone = await browser.newPage()
  for (const page of [laptop, phone]) {
    await openHydrated(page, DB_CHAPTER)
    await logIn(page, 'db-login-demo', 'admin@example.com', '데이터베이스 세션')
    await expect(page.getByTestId('session-badge')).toContainText('한지우')
  }

  await laptop.reload()
  const rows = laptop.getByTestId('sessions-table').locator('tbody tr')
  await expect(rows).toHaveCount(2)
  await rows
    .filter({ hasNotText: '이 세션' })
    .getByRole('button', { name: '끝내기' })
    .click()
  await expect(rows).toHaveCount(1)

  await phone.reload()
  await expect(phone.getByTestId('session-badge')).toContainText(
    '로그인하지 않음',
  )
  await expect(laptop.getByTestId('session-badge')).toContainText('한지우')
  await laptop.close()
  await phone.close()
})

test('a garbage session cookie reads as signed out, with the reason, never a 500', async ({
  page,
  context,
}) => {
  await context.addCookies([
    {
      name: 'session',
      value: 'garbage.not-a.jwt%%',
      url: SITE,
    },
  ])
  const response = await page.goto(CHAPTER)
  expect(response?.status()).toBe(200)
  await expect(page.getByTestId('session-badge')).toContainText(
    '로그인하지 않음',
  )
  await expect(verdict(page, 'login-demo')).toContainText('로그아웃 상태')
})

test('the session Route Handler: 401 for a forged or missing session, 200 for a real one', async ({
  page,
  context,
}) => {
  expect((await page.request.get('/api/session')).status()).toBe(401)

  await context.addCookies([{ name: 'session', value: 'a.b.c', url: SITE }])
  const forged = await page.request.get('/api/session')
  expect(forged.status()).toBe(401)
  expect(await forged.json()).toEqual({ error: '로그인이 필요합니다.' })

  await openHydrated(page, CHAPTER)
  await logIn(page, 'login-demo', 'seoyeon@example.com', '데이터베이스 세션')
  await expect(page.getByTestId('session-badge')).toContainText('이서연')
  const real = await page.request.get('/api/session')
  expect(real.status()).toBe(200)
  expect((await real.json()).strategy).toBe('database')
})
