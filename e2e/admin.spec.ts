import { expect, test, type Page } from '@playwright/test'

import {
  SITE,
  DASHBOARD,
  ADMIN_DEMO,
  ADMIN,
  MINJUN,
  SEOYEON,
  DOYUN,
  storedDb,
  storedBanner,
  storedRole,
  shown,
  signInAt,
  signInToDashboard,
  sessionCookie,
} from './authz-helpers'
import { fillSignup, openHydrated, uniqueEmail } from './helpers'

// Row counts and the banner are shared state: one test at a time.
test.describe.configure({ mode: 'serial' })

test.describe('the admin-only Server Action', () => {
  const banner = `e2e 공지 ${Date.now()}`

  test('the admin changes the banner: the page, the dashboard and the store show it', async ({
    page,
  }) => {
    await signInAt(page, ADMIN_DEMO, ADMIN)
    await expect(shown(page, 'admin-demo-viewer')).toContainText(
      '한지우 (관리자)',
    )

    await page.locator('#banner-text').fill(banner)
    await page.getByRole('button', { name: '공지 바꾸기' }).click()

    await expect(shown(page, 'banner-result')).toHaveText('공지를 바꿨습니다.')
    expect(storedBanner()).toBe(banner)
    await expect(shown(page, 'current-banner')).toHaveText(
      `지금 공지: ${banner}`,
    )
    await page.reload()
    await expect(shown(page, 'current-banner')).toHaveText(
      `지금 공지: ${banner}`,
    )
    await page.goto(DASHBOARD)
    await expect(shown(page, 'banner')).toHaveText(`공지: ${banner}`)
  })

  test('the admin is told when the text is over 100 characters, and the banner stays', async ({
    page,
  }) => {
    await signInAt(page, ADMIN_DEMO, ADMIN)
    const before = storedBanner()

    await page.locator('#banner-text').fill('가'.repeat(101))
    await page.getByRole('button', { name: '공지 바꾸기' }).click()

    await expect(shown(page, 'banner-result')).toHaveText(
      '공지는 100자 이하로 써 주세요.',
    )
    expect(storedBanner()).toBe(before)
  })

  test('a member who submits the form is refused, and the banner stays as it was', async ({
    page,
  }) => {
    await signInAt(page, ADMIN_DEMO, MINJUN)
    await expect(shown(page, 'admin-demo-viewer')).toContainText(
      '김민준 (일반 사용자)',
    )
    const before = storedBanner()
    expect(before).toBe(banner)

    await page.locator('#banner-text').fill('멤버가 바꾼 공지')
    await page.getByRole('button', { name: '공지 바꾸기' }).click()

    await expect(shown(page, 'banner-result')).toHaveText(
      '관리자만 공지를 바꿀 수 있습니다. 저장소는 그대로입니다.',
    )
    expect(storedBanner()).toBe(before)
    await page.reload()
    await expect(shown(page, 'current-banner')).toHaveText(
      `지금 공지: ${banner}`,
    )
  })

  test('a member on the dashboard is refused the same way', async ({
    page,
  }) => {
    await signInToDashboard(page, DOYUN)

    const view = shown(page, 'member-view')
    await view.getByLabel('공지 문구').fill('')
    await view.getByRole('button', { name: '공지 바꾸기' }).click()

    await expect(view.getByTestId('banner-result')).toHaveText(
      '관리자만 공지를 바꿀 수 있습니다. 저장소는 그대로입니다.',
    )
    expect(storedBanner()).toBe(banner)
  })

  test('a signed-out visitor is asked to sign in, and the banner stays', async ({
    page,
  }) => {
    await openHydrated(page, ADMIN_DEMO.path)
    await expect(shown(page, 'admin-demo-viewer')).toContainText(
      '로그인하지 않음',
    )

    await page.locator('#banner-text').fill('익명의 공지')
    await page.getByRole('button', { name: '공지 바꾸기' }).click()

    await expect(shown(page, 'banner-result')).toHaveText(
      '로그인이 필요합니다.',
    )
    expect(storedBanner()).toBe(banner)
  })

  test('the admin clears the banner with empty text', async ({ page }) => {
    await signInAt(page, ADMIN_DEMO, ADMIN)

    await page.locator('#banner-text').fill('')
    await page.getByRole('button', { name: '공지 바꾸기' }).click()

    await expect(shown(page, 'banner-result')).toHaveText('공지를 지웠습니다.')
    expect(storedBanner()).toBeNull()
    await page.reload()
    await expect(shown(page, 'current-banner')).toHaveText('지금 공지: 없음')
  })
})

test.describe('the admin-only Route Handler', () => {
  async function pressReport(page: Page) {
    await page
      .locator(ADMIN_DEMO.demo)
      .getByRole('button', { name: 'GET /api/admin/report 보내기' })
      .click()
    return shown(page, 'route-status')
  }

  test('answers 401 to a signed-out visitor, from the button and from a script', async ({
    page,
  }) => {
    await openHydrated(page, ADMIN_DEMO.path)

    await expect(await pressReport(page)).toHaveText('401')
    const response = await page.request.get('/api/admin/report')
    expect(response.status()).toBe(401)
    expect(response.headers()['cache-control']).toBe('no-store')
    expect(await response.json()).toEqual({ error: '로그인이 필요합니다.' })
  })

  test('answers 403 to a member, from the button and from a script', async ({
    page,
  }) => {
    await signInAt(page, ADMIN_DEMO, SEOYEON)

    await expect(await pressReport(page)).toHaveText('403')
    await expect(page.locator(ADMIN_DEMO.demo)).toContainText(
      '관리자만 볼 수 있습니다.',
    )
    const response = await page.request.get('/api/admin/report')
    expect(response.status()).toBe(403)
    expect(await response.json()).toEqual({ error: '관리자만 볼 수 있습니다.' })
  })

  test('answers 200 with the counts to the admin, from the button and from a script', async ({
    page,
  }) => {
    await signInAt(page, ADMIN_DEMO, ADMIN)

    await expect(await pressReport(page)).toHaveText('200')
    const response = await page.request.get('/api/admin/report')
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toBe('no-store')
    const body = await response.json()
    const { users } = storedDb()
    expect(body).toEqual({
      users: expect.any(Number),
      learners: expect.any(Number),
      databaseSessions: expect.any(Number),
      banner: null,
    })
    expect(body.users).toBeGreaterThanOrEqual(5)
    expect(body.users - body.learners).toBe(5)
    expect(users.length).toBeGreaterThanOrEqual(body.users)
    expect(JSON.stringify(body)).not.toMatch(/@example\.com|010-0000|\$2b\$/)
  })
})

test('a promoted learner is admin on the next request and not once demoted, same cookie', async ({
  page,
  browser,
}) => {
  const name = `역할 학습자 ${Math.random().toString(36).slice(2, 7)}`
  const email = uniqueEmail('role')
  await openHydrated(page, '/chapters/signup')
  await fillSignup(page, { name, email, password: 'role-change-1!' })
  await expect(page.getByTestId('session-badge')).toContainText(
    `${name} 님 로그인 중`,
  )
  await page.goto(DASHBOARD)
  await expect(shown(page, 'member-view')).toContainText(
    `${name} 님의 팀: 없음`,
  )
  const cookie = await sessionCookie(page)
  expect(cookie).toBeTruthy()

  const adminContext = await browser.newContext({ baseURL: SITE })
  try {
    const admin = await adminContext.newPage()
    await signInToDashboard(admin, ADMIN)
    const adminView = shown(admin, 'admin-view')
    await adminView
      .getByRole('button', { name: `${name}: 관리자로 올리기` })
      .click()
    await expect.poll(() => storedRole(email)).toBe('admin')
    // The action refreshes the admin's page: the button now demotes.
    const demote = adminView.getByRole('button', {
      name: `${name}: 일반 사용자로 내리기`,
    })
    await expect(demote).toBeVisible()

    await page.reload()
    await expect(shown(page, 'admin-view')).toContainText(
      `${name} 님은 관리자입니다.`,
    )
    await expect(page.getByTestId('member-view')).toHaveCount(0)
    expect(await sessionCookie(page)).toBe(cookie)
    expect((await page.request.get('/api/admin/report')).status()).toBe(200)

    await demote.click()
    await expect.poll(() => storedRole(email)).toBe('member')
    await expect(
      adminView.getByRole('button', { name: `${name}: 관리자로 올리기` }),
    ).toBeVisible()
  } finally {
    await adminContext.close()
  }

  await page.reload()
  await expect(shown(page, 'member-view')).toContainText(
    `${name} 님의 팀: 없음`,
  )
  await expect(page.getByTestId('admin-view')).toHaveCount(0)
  expect(await sessionCookie(page)).toBe(cookie)
  const report = await page.request.get('/api/admin/report')
  expect(report.status()).toBe(403)
})
