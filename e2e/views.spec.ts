import { expect, test } from '@playwright/test'

import {
  DASHBOARD,
  DTO,
  LOGIN_FOR_DASHBOARD,
  ADMIN,
  MINJUN,
  SEOYEON,
  DOYUN,
  HAEUN,
  EVERYONE,
  shown,
  signInAt,
  signInToDashboard,
  profileRow,
  expectHidden,
  expectShown,
} from './authz-helpers'
import { openHydrated } from './helpers'

// Row counts and the banner are shared state: one test at a time.
test.describe.configure({ mode: 'serial' })

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

  test("김민준 sees teammate 이서연's contact, not 박도윤's; only his own role", async ({
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
