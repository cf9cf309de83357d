import { expect, test, type APIRequestContext } from '@playwright/test'

import {
  SITE,
  DASHBOARD,
  DTO,
  ADMIN_DEMO,
  LOGIN_FOR_DASHBOARD,
  ADMIN,
  MINJUN,
  SEOYEON,
  PROTECTED,
  storedDb,
  shown,
  signInAt,
  redirectTarget,
  sessionCookie,
} from './authz-helpers'
import { openHydrated } from './helpers'

// Row counts and the banner are shared state: one test at a time.
test.describe.configure({ mode: 'serial' })

test('a check in a layout goes stale on navigation, while the check in the page does not', async ({
  page,
}) => {
  await signInAt(page, ADMIN_DEMO, MINJUN)
  await openHydrated(page, '/lab/layout-check/a')
  await expect(shown(page, 'layout-check')).toContainText('로그인됨 (김민준)')
  await expect(shown(page, 'page-check')).toContainText(
    '페이지 A의 확인, DAL의 getUser()',
  )
  await expect(shown(page, 'page-check')).toContainText('로그인됨 (김민준)')

  await page.getByRole('button', { name: /세션 쿠키만 지우기/ }).click()
  await expect(page.getByRole('status')).toContainText('지웠습니다.')
  expect(await sessionCookie(page)).toBeUndefined()

  await page
    .getByRole('navigation', { name: '실험 페이지' })
    .getByRole('link', { name: '페이지 B' })
    .click()

  await expect(page).toHaveURL(`${SITE}/lab/layout-check/b`)
  await expect(shown(page, 'page-check')).toContainText('페이지 B의 확인')
  await expect(shown(page, 'page-check')).toContainText('로그인하지 않음')
  await expect(shown(page, 'layout-check')).toContainText('로그인됨 (김민준)')
})

test('a good cookie whose database session ended lands on login with a notice, no loop', async ({
  page,
  context,
}) => {
  await openHydrated(page, '/chapters/database-sessions')
  const demo = page.locator('#db-login-demo')
  await demo.getByLabel('이메일').fill(SEOYEON.email)
  await demo.getByLabel('비밀번호').fill('demo-pass-1!')
  await demo.getByLabel(/데이터베이스 세션/).check()
  await demo.getByRole('button', { name: '로그인', exact: true }).click()
  await expect(page.getByTestId('session-badge')).toContainText('이서연')
  const ended = (await sessionCookie(page)) ?? ''
  // Logging out deletes the row; the old cookie is then put back.
  await page
    .getByTestId('session-badge')
    .getByRole('button', { name: '로그아웃' })
    .click()
  await expect(page.getByTestId('session-badge')).toContainText(
    '로그인하지 않음',
  )
  await context.addCookies([{ name: 'session', value: ended, url: SITE }])

  await page.goto(DASHBOARD)

  await expect(page).toHaveURL(`${SITE}/login?expired=1`)
  await expect(
    page.getByRole('status').filter({ hasText: '세션이 끝났습니다.' }),
  ).toBeVisible()
  await expect(page.getByTestId('member-view')).toHaveCount(0)

  await page.goto('/login')
  await expect(page).toHaveURL(`${SITE}/login?expired=1`)
  expect((await page.request.get('/api/admin/report')).status()).toBe(401)
})

test.describe('the proxy', () => {
  test('sends a signed-in visitor from /login to the dashboard', async ({
    page,
  }) => {
    await signInAt(page, DTO, MINJUN)

    await page.goto('/login')

    await expect(page).toHaveURL(`${SITE}${DASHBOARD}`)
    await expect(shown(page, 'member-view')).toBeVisible()
  })

  test('sends a signed-out visitor from /demo/dashboard/settings to the login page', async ({
    page,
    request,
  }) => {
    const response = await request.get('/demo/dashboard/settings', {
      maxRedirects: 0,
    })
    expect(response.status()).toBe(307)
    expect(redirectTarget(response)).toBe(
      `${SITE}/login?next=%2Fdemo%2Fdashboard%2Fsettings`,
    )

    await page.goto('/demo/dashboard/settings')
    await expect(page).toHaveURL(
      `${SITE}/login?next=%2Fdemo%2Fdashboard%2Fsettings`,
    )
  })

  test('stops a signed-out client-side navigation from the chapter 4 link', async ({
    page,
  }) => {
    await openHydrated(page, '/chapters/proxy#protected-demo')

    await page
      .locator('#protected-demo')
      .getByRole('link', { name: '/demo/dashboard', exact: true })
      .click()

    await expect(page).toHaveURL(LOGIN_FOR_DASHBOARD)
    await expect(page.getByTestId('member-view')).toHaveCount(0)
  })
})

test.describe('defence in depth: nothing protected reaches a signed-out request', () => {
  /** The response as it comes, and the page it finally leads to. */
  async function bodies(
    request: APIRequestContext,
    url: string,
    headers: Record<string, string> = {},
  ) {
    const first = await request.get(url, { headers, maxRedirects: 0 })
    const last = await request.get(url, { headers })
    return [await first.text(), await last.text()]
  }

  function expectNothingProtected(texts: string[]) {
    for (const text of texts) {
      for (const secret of PROTECTED) expect(text).not.toContain(secret)
    }
  }

  const headerTricks: [string, Record<string, string>][] = [
    [
      'x-middleware-subrequest: proxy ×5',
      { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    ],
    [
      'x-middleware-subrequest: middleware ×5',
      {
        'x-middleware-subrequest':
          'middleware:middleware:middleware:middleware:middleware',
      },
    ],
    [
      'RSC: 1 and Next-Router-Prefetch: 1',
      { RSC: '1', 'Next-Router-Prefetch': '1' },
    ],
    ['Next-Router-Prefetch: 1 alone', { 'Next-Router-Prefetch': '1' }],
    ['RSC: 1 alone', { RSC: '1' }],
  ]

  for (const [label, headers] of headerTricks) {
    test(`the dashboard with ${label}`, async ({ request }) => {
      expectNothingProtected(await bodies(request, DASHBOARD, headers))
    })
  }

  for (const url of [
    '/demo/dashboard.rsc',
    '/demo/dashboard.txt',
    '/DEMO/dashboard',
    '/demo/dashboard/',
    '/demo//dashboard',
    '/%64emo/dashboard',
    '/demo/%64ashboard',
    '/demo/dashboard?_rsc=1',
  ]) {
    test(`the path ${url}`, async ({ request }) => {
      expectNothingProtected(await bodies(request, url))
    })
  }

  test('a member token whose payload was changed to the admin role is not believed', async ({
    page,
    request,
  }) => {
    await signInAt(page, DTO, MINJUN)
    const token = (await sessionCookie(page)) ?? ''
    const [header, body, signature] = token.split('.')
    const claims = JSON.parse(
      Buffer.from(body ?? '', 'base64url').toString('utf8'),
    )
    expect(claims).toMatchObject({ strategy: 'stateless', role: 'member' })
    const adminId = storedDb().users.find((u) => u.email === ADMIN.email)?.id

    for (const forgedClaims of [
      { ...claims, role: 'admin' },
      { ...claims, role: 'admin', userId: adminId },
    ]) {
      const body = Buffer.from(JSON.stringify(forgedClaims)).toString(
        'base64url',
      )
      const forged = `${header}.${body}.${signature}`
      const cookie = { cookie: `session=${forged}` }

      const dashboard = await request.get(DASHBOARD, {
        headers: cookie,
        maxRedirects: 0,
      })
      expect(dashboard.status()).toBe(307)
      expect(redirectTarget(dashboard)).toBe(LOGIN_FOR_DASHBOARD)
      expectNothingProtected(await bodies(request, DASHBOARD, cookie))

      const report = await request.get('/api/admin/report', { headers: cookie })
      expect(report.status()).toBe(401)
      expect(await report.json()).toEqual({ error: '로그인이 필요합니다.' })
    }
  })
})
