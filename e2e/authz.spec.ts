import fs from 'node:fs'
import path from 'node:path'

import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Locator,
  type Page,
} from '@playwright/test'

import { E2E_DATA_DIR, E2E_PORT } from '../playwright.config'

import { fillSignup, openHydrated, uniqueEmail } from './helpers'

const SITE = `http://localhost:${E2E_PORT}`
const DASHBOARD = '/demo/dashboard'
const DTO = { path: '/chapters/dal-dto#dto-demo', demo: '#dto-demo' }
const ADMIN_DEMO = {
  path: '/chapters/where-checks-live#admin-demo',
  demo: '#admin-demo',
}
const LOGIN_FOR_DASHBOARD = `${SITE}/login?next=%2Fdemo%2Fdashboard`

// The role and route tests change the store: one worker, in order.
test.describe.configure({ mode: 'serial' })

type Persona = {
  name: string
  email: string
  role: 'admin' | 'member'
  team: string | null
  phone: string
}

const ADMIN: Persona = {
  name: '한지우',
  email: 'admin@example.com',
  role: 'admin',
  team: null,
  phone: '010-0000-0001',
}
const MINJUN: Persona = {
  name: '김민준',
  email: 'minjun@example.com',
  role: 'member',
  team: '알파팀',
  phone: '010-0000-0002',
}
const SEOYEON: Persona = {
  name: '이서연',
  email: 'seoyeon@example.com',
  role: 'member',
  team: '알파팀',
  phone: '010-0000-0003',
}
const DOYUN: Persona = {
  name: '박도윤',
  email: 'doyun@example.com',
  role: 'member',
  team: '베타팀',
  phone: '010-0000-0004',
}
const HAEUN: Persona = {
  name: '최하은',
  email: 'haeun@example.com',
  role: 'member',
  team: '베타팀',
  phone: '010-0000-0005',
}
const EVERYONE = [ADMIN, MINJUN, SEOYEON, DOYUN, HAEUN]

/** Text that only a rendered dashboard or a shown profile contains. */
const PROTECTED = [
  'admin-view',
  'member-view',
  '관리자 화면',
  '일반 사용자 화면',
  '010-0000-',
]

type StoredDb = {
  users: { id: string; email: string; role: string }[]
  settings: { banner: string | null }
}

function storedDb(): StoredDb {
  const file = path.join(E2E_DATA_DIR, 'db.json')
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

const storedBanner = () => storedDb().settings.banner
const storedRole = (email: string) =>
  storedDb().users.find((user) => user.email === email)?.role

/** Next 16 keeps the previous page mounted but hidden: the shown one. */
const shown = (page: Page, testId: string) =>
  page.getByTestId(testId).filter({ visible: true })

/** A persona switcher's button: it submits loginAsPersona. */
const personaButton = (scope: Page | Locator, who: Persona) =>
  scope.locator('button.chip[type="submit"]', { hasText: who.name })

/** Signs in with a persona button of the demo at `where`, and stays there. */
async function signInAt(
  page: Page,
  where: { path: string; demo: string },
  who: Persona,
) {
  await openHydrated(page, where.path)
  await personaButton(page.locator(where.demo), who).click()
  await expect(page.getByTestId('session-badge')).toContainText(
    `${who.name} 님 로그인 중`,
  )
}

/** Signs in from the login page, which sends the persona to the dashboard. */
async function signInToDashboard(page: Page, who: Persona) {
  await openHydrated(page, '/login')
  await personaButton(page, who).click()
  await expect(page).toHaveURL(`${SITE}${DASHBOARD}`)
}

/** Where a redirect points, as an absolute address. */
const redirectTarget = (response: APIResponse) =>
  new URL(response.headers().location ?? '', SITE).href

async function sessionCookie(page: Page) {
  const cookies = await page.context().cookies(SITE)
  return cookies.find((cookie) => cookie.name === 'session')?.value
}

/** The cells of one profile row: email, phone and role, in that order. */
function profileRow(page: Page, who: Persona) {
  const row = shown(page, 'dto-table').locator(`tr[data-name="${who.name}"]`)
  const cell = (index: number) => row.locator('td').nth(index)
  return { row, email: cell(2), phone: cell(3), role: cell(4) }
}

async function expectHidden(cell: Locator, label: string) {
  await expect(cell).toHaveAttribute('data-hidden', 'true')
  await expect(cell).toContainText(`숨김 (${label}:`)
}

async function expectShown(cell: Locator, value: string) {
  await expect(cell).not.toHaveAttribute('data-hidden', 'true')
  await expect(cell).toHaveText(value)
}

test.describe('the dashboard shows each person their own view', () => {
  test('a signed-out visitor is sent to the login page with next=/demo/dashboard', async ({
    page,
  }) => {
    await page.goto(DASHBOARD)

    await expect(page).toHaveURL(LOGIN_FOR_DASHBOARD)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('로그인')
    await expect(page.getByTestId('admin-view')).toHaveCount(0)
    await expect(page.getByTestId('member-view')).toHaveCount(0)
  })

  test('the admin sees the admin view and no member view', async ({ page }) => {
    await signInToDashboard(page, ADMIN)

    const view = shown(page, 'admin-view')
    await expect(view.getByRole('heading', { level: 2 })).toHaveText(
      '관리자 화면',
    )
    await expect(view).toContainText('한지우 님은 관리자입니다.')
    await expect(view).toContainText('수강생 계정의 역할')
    await expect(page.getByTestId('member-view')).toHaveCount(0)
  })

  test('김민준 of 알파팀 sees the member view with his own team and its phones only', async ({
    page,
  }) => {
    await signInToDashboard(page, MINJUN)

    const view = shown(page, 'member-view')
    await expect(view.getByRole('heading', { level: 2 })).toHaveText(
      '일반 사용자 화면',
    )
    await expect(view).toContainText('김민준 님의 팀: 알파팀')
    await expect(view.getByRole('listitem')).toHaveText([
      `김민준 · ${MINJUN.phone}`,
      `이서연 · ${SEOYEON.phone}`,
    ])
    await expect(page.getByTestId('admin-view')).toHaveCount(0)
    const html = await page.content()
    for (const other of [ADMIN, DOYUN, HAEUN]) {
      expect(html).not.toContain(other.phone)
    }
  })

  test('박도윤 of 베타팀 sees the member view with 베타팀 only', async ({
    page,
  }) => {
    await signInToDashboard(page, DOYUN)

    const view = shown(page, 'member-view')
    await expect(view).toContainText('박도윤 님의 팀: 베타팀')
    await expect(view.getByRole('listitem')).toHaveText([
      `박도윤 · ${DOYUN.phone}`,
      `최하은 · ${HAEUN.phone}`,
    ])
    await expect(page.getByTestId('admin-view')).toHaveCount(0)
    const html = await page.content()
    for (const other of [ADMIN, MINJUN, SEOYEON]) {
      expect(html).not.toContain(other.phone)
    }
  })
})

test.describe('the profile DTO table shows each viewer only what the rules allow', () => {
  test('a signed-out visitor gets no table, only an invitation to sign in', async ({
    page,
  }) => {
    await openHydrated(page, DTO.path)

    await expect(page.locator(DTO.demo)).toContainText(
      '위의 예시 계정 중 하나로 로그인해 보세요.',
    )
    await expect(page.getByTestId('dto-table')).toHaveCount(0)
  })

  test('the admin sees every email, phone and role of the five personas', async ({
    page,
  }) => {
    await signInAt(page, DTO, ADMIN)

    await expect(shown(page, 'dto-viewer')).toContainText('한지우 (관리자)')
    await expect(shown(page, 'dto-table').locator('tbody tr')).toHaveCount(5)
    for (const who of EVERYONE) {
      const cells = profileRow(page, who)
      await expectShown(cells.email, who.email)
      await expectShown(cells.phone, who.phone)
      await expectShown(cells.role, who.role)
    }
    await expect(
      shown(page, 'dto-table').locator('[data-hidden="true"]'),
    ).toHaveCount(0)
  })

  test("김민준 sees his teammate 이서연's contact but not 박도윤's, and nobody's role but his own", async ({
    page,
  }) => {
    await signInAt(page, DTO, MINJUN)

    await expect(shown(page, 'dto-viewer')).toContainText(
      '김민준 (일반 사용자, 알파팀)',
    )
    const self = profileRow(page, MINJUN)
    await expect(self.row).toContainText('김민준 (나)')
    await expectShown(self.phone, MINJUN.phone)
    await expectShown(self.role, 'member')

    const teammate = profileRow(page, SEOYEON)
    await expectShown(teammate.email, SEOYEON.email)
    await expectShown(teammate.phone, SEOYEON.phone)
    await expectHidden(teammate.role, '역할')

    for (const stranger of [ADMIN, DOYUN, HAEUN]) {
      const cells = profileRow(page, stranger)
      await expectHidden(cells.email, '이메일')
      await expectHidden(cells.phone, '전화번호')
      await expectHidden(cells.role, '역할')
    }
    await expect(profileRow(page, DOYUN).phone).not.toContainText(DOYUN.phone)
  })

  test("박도윤 sees 최하은's phone, not 김민준's, and no role but his own", async ({
    page,
  }) => {
    await signInAt(page, DTO, DOYUN)

    await expectShown(profileRow(page, HAEUN).phone, HAEUN.phone)
    await expectHidden(profileRow(page, MINJUN).phone, '전화번호')
    await expectHidden(profileRow(page, SEOYEON).email, '이메일')
    const roles = shown(page, 'dto-table').locator('tbody tr td:nth-child(5)')
    await expect(roles).toHaveText([/숨김/, /숨김/, /숨김/, 'member', /숨김/])
  })
})

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

test('a promoted learner gets the admin view on their next request, and loses it when demoted, with the same cookie', async ({
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

test('a well-signed cookie whose database session was ended lands on the login page with a notice, not in a loop', async ({
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
      const forged = `${header}.${Buffer.from(JSON.stringify(forgedClaims)).toString('base64url')}.${signature}`
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
