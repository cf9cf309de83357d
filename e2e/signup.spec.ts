import { expect, test } from '@playwright/test'

import { fillSignup, openHydrated, storedUsers, uniqueEmail } from './helpers'

const CHAPTER = '/chapters/signup'

// One worker runs this file's tests in order, so counting the store's rows
// around a test is not disturbed by another sign-up running at once.
test.describe.configure({ mode: 'serial' })

test.describe('the sign-up demo', () => {
  test('an empty form gets a Korean message under every field and stores nothing', async ({
    page,
  }) => {
    await openHydrated(page, CHAPTER)
    const before = storedUsers().length
    const demo = page.locator('#signup-demo')

    await demo.getByRole('button', { name: '회원가입' }).click()

    await expect(demo.getByText('이름을 입력해 주세요.')).toBeVisible()
    await expect(demo.getByText('이메일을 입력해 주세요.')).toBeVisible()
    await expect(demo.getByText('비밀번호를 입력해 주세요.')).toBeVisible()
    await expect(demo.getByText('저장소: 건드리지 않았습니다')).toBeVisible()

    const name = demo.getByLabel('이름')
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    const describedBy = (await name.getAttribute('aria-describedby')) ?? ''
    await expect(page.locator(`#${describedBy}`)).toHaveText(
      /이름을 입력해 주세요/,
    )
    expect(storedUsers().length).toBe(before)
  })

  test('typed values survive an error, the password does not', async ({
    page,
  }) => {
    await openHydrated(page, CHAPTER)
    const email = uniqueEmail('keep')
    await fillSignup(page, { name: '김', email, password: 'short' })

    const demo = page.locator('#signup-demo')
    await expect(
      demo.getByText('이름은 앞뒤 공백을 빼고 2자 이상이어야 합니다.'),
    ).toBeVisible()
    await expect(demo.getByText('8자 이상이어야 합니다.')).toBeVisible()
    await expect(demo.getByLabel('이름')).toHaveValue('김')
    await expect(demo.getByLabel('이메일')).toHaveValue(email)
    await expect(demo.getByLabel('비밀번호', { exact: true })).toHaveValue('')
    expect(storedUsers().some((user) => user.email === email)).toBe(false)
  })

  test('over-long values get field messages, not a server error', async ({
    page,
  }) => {
    await openHydrated(page, CHAPTER)
    await fillSignup(page, {
      name: '가'.repeat(51),
      email: `${'a'.repeat(250)}@example.com`,
      // 25 Korean letters are 75 bytes in UTF-8, past bcrypt's 72.
      password: `${'한'.repeat(25)}1!`,
    })

    const demo = page.locator('#signup-demo')
    await expect(
      demo.getByText('이름은 50자 이하로 입력해 주세요.'),
    ).toBeVisible()
    await expect(
      demo.getByText('이메일은 254자 이하여야 합니다.'),
    ).toBeVisible()
    await expect(demo.getByText(/72바이트 이하여야 합니다/)).toBeVisible()
  })

  test('an address that already has an account gets a clear message', async ({
    page,
  }) => {
    await openHydrated(page, CHAPTER)
    await fillSignup(page, {
      name: '따라쟁이',
      email: 'MinJun@Example.com',
      password: 'another-pass-1!',
    })

    const demo = page.locator('#signup-demo')
    await expect(
      demo.getByText('이미 가입된 이메일입니다. 다른 주소를 써 주세요.'),
    ).toBeVisible()
    await expect(demo.getByText('이미 가입된 주소')).toBeVisible()
    const rows = storedUsers()
    expect(rows.filter((u) => u.email === 'minjun@example.com')).toHaveLength(1)
    expect(rows.some((user) => user.name === '따라쟁이')).toBe(false)
  })

  test('a visitor who signs up lands signed in, and stays signed in after a reload', async ({
    page,
    context,
  }) => {
    await openHydrated(page, CHAPTER)
    const email = uniqueEmail('learner')
    const password = '한글비밀번호1!'
    await fillSignup(page, { name: '  새 학습자  ', email, password })

    const badge = page.getByTestId('session-badge')
    await expect(badge).toContainText('새 학습자 님 로그인 중')
    const demo = page.locator('#signup-demo')
    const account = demo.getByTestId('user-row')
    await expect(account).toContainText(email)
    await expect(account).toContainText('$2b$10$')
    // The steps of the sign-up survive its redirect.
    await expect(demo.getByTestId('inspector')).toContainText(
      '비밀번호 해싱: bcrypt 비용 10',
    )

    const row = storedUsers().find((user) => user.email === email)
    expect(row?.name).toBe('새 학습자')
    expect(row?.passwordHash).toMatch(/^\$2b\$10\$.{53}$/)
    expect(JSON.stringify(row)).not.toContain(password)

    const cookie = (await context.cookies()).find((c) => c.name === 'session')
    expect(cookie?.httpOnly).toBe(true)
    expect(cookie?.sameSite).toBe('Lax')
    expect(cookie?.path).toBe('/')
    // The test server speaks plain http, where a Secure cookie would be lost.
    expect(cookie?.secure).toBe(false)
    const days = ((cookie?.expires ?? 0) * 1000 - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(6.9)
    expect(days).toBeLessThanOrEqual(7)

    await page.reload()
    await expect(page.getByTestId('session-badge')).toContainText(
      '새 학습자 님 로그인 중',
    )
    // Nobody else's row or hash reaches the page, not even shortened.
    await expect(account).not.toContainText('minjun@example.com')
    const html = await page.content()
    const others = storedUsers().filter((user) => user.email !== email)
    for (const other of others) {
      expect(html).not.toContain(other.passwordHash.slice(7, 22))
    }
  })

  test('signing out ends the session', async ({ page, context }) => {
    await openHydrated(page, CHAPTER)
    await fillSignup(page, {
      name: '잠깐 학습자',
      email: uniqueEmail('leaver'),
      password: 'leave-now-1!',
    })
    const badge = page.getByTestId('session-badge')
    await expect(badge).toContainText('잠깐 학습자 님 로그인 중')

    await badge.getByRole('button', { name: '로그아웃' }).click()
    await expect(badge).toContainText('로그인하지 않음')
    await expect(page).toHaveURL(/\/chapters\/signup/)
    const cookies = await context.cookies()
    expect(cookies.some((cookie) => cookie.name === 'session')).toBe(false)
  })
})

test('after a sign-up the chapter returns at the demo, prose and all, loaded once', async ({
  page,
}) => {
  await openHydrated(page, `${CHAPTER}#signup-demo`)
  const prose = page.locator('main .prose-run > p').first()
  const words = ((await prose.textContent()) ?? '').slice(0, 24)
  // The redirect back is a client-side navigation (decision 34): its
  // static parts must come from the page already there, not a new GET.
  const reloads: string[] = []
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (request.method() === 'GET' && pathname === CHAPTER) {
      reloads.push(request.resourceType())
    }
  })

  await fillSignup(page, {
    name: '돌아온 사람',
    email: uniqueEmail('back'),
    password: 'back-pass-1!',
  })
  await expect(page.getByTestId('signed-in-note')).toBeVisible()
  await expect(page).toHaveURL(/#signup-demo$/)
  await expect(page.locator('#signup-demo')).toBeInViewport()
  expect((await prose.textContent()) ?? '').toContain(words)
  await expect(
    page.locator('figure.listing pre span[class*="hl-"]').first(),
  ).toBeAttached()
  expect(reloads).toEqual([])

  // Signing out from here comes back to the demo too.
  await page
    .getByTestId('signed-in-note')
    .getByRole('button', { name: '로그아웃' })
    .click()
  await expect(page.getByTestId('signed-in-note')).toHaveCount(0)
  await expect(page.locator('#signup-demo')).toBeInViewport()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the form still posts: errors come back as HTML, sign-up redirects', async ({
    page,
    context,
  }) => {
    await page.goto(CHAPTER)
    const demo = page.locator('#signup-demo')
    // The status island cannot load: no endless "checking…", a note says so.
    await expect(demo.getByText('로그인 상태를 확인하는 중…')).toBeHidden()
    const note = demo.locator('noscript .callout')
    await expect(note).toBeVisible()
    await expect(note).toContainText('자바스크립트가 꺼져 있습니다.')
    await demo.getByRole('button', { name: '회원가입' }).click()
    await expect(demo.getByText('이름을 입력해 주세요.')).toBeVisible()

    const email = uniqueEmail('nojs')
    await demo.getByLabel('이름').fill('스크립트 없음')
    await demo.getByLabel('이메일').fill(email)
    await demo.getByLabel('비밀번호', { exact: true }).fill('no-script-1!')
    await demo.getByRole('button', { name: '회원가입' }).click()

    await expect(page).toHaveURL(/\/chapters\/signup/)
    const cookie = (await context.cookies()).find((c) => c.name === 'session')
    expect(cookie?.httpOnly).toBe(true)
    expect(storedUsers().some((user) => user.email === email)).toBe(true)
  })
})
