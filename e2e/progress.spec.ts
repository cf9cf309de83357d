import { expect, test, type Page } from '@playwright/test'

import { openHydrated } from './helpers'

const sidebarLink = (page: Page, title: string) =>
  page.getByRole('navigation', { name: '장 목록' }).getByRole('link', {
    name: new RegExp(title),
  })

test('reaching the end of a chapter marks it read in the sidebar, across visits', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  const chapter1 = sidebarLink(page, '회원가입과 유효성 검사')
  await expect(chapter1).not.toContainText('읽음')

  await page
    .getByRole('navigation', { name: '이전 장과 다음 장' })
    .scrollIntoViewIfNeeded()
  await expect(chapter1).toContainText('읽음')
  await expect(chapter1).toHaveAttribute('data-read', 'true')

  await openHydrated(page, '/chapters/sessions')
  await expect(sidebarLink(page, '회원가입과 유효성 검사')).toContainText(
    '읽음',
  )
  await expect(sidebarLink(page, '로그인과 무상태 세션')).not.toContainText(
    '읽음',
  )
})

test('sending a demo form marks the demo tried in the sidebar, across visits', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  const chapter1 = sidebarLink(page, '회원가입과 유효성 검사')
  await expect(chapter1).not.toContainText('데모')

  // An empty form: the server answers with its errors, and the demo has
  // been tried.
  const demo = page.locator('#signup-demo')
  await demo.getByRole('button', { name: '회원가입' }).click()
  await expect(
    demo.getByText('유효성 검사: 실패', { exact: false }),
  ).toBeVisible()
  await expect(chapter1).toContainText('데모 1/1')

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true')
  await expect(sidebarLink(page, '회원가입과 유효성 검사')).toContainText(
    '데모 1/1',
  )
})

test('the sidebar button clears the progress of this browser', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  await page
    .getByRole('navigation', { name: '이전 장과 다음 장' })
    .scrollIntoViewIfNeeded()
  const chapter1 = sidebarLink(page, '회원가입과 유효성 검사')
  await expect(chapter1).toContainText('읽음')

  const clear = page.getByRole('button', { name: '읽은 기록 지우기' })
  // It asks first; saying no keeps everything.
  page.once('dialog', (dialog) => void dialog.dismiss())
  await clear.click()
  await expect(chapter1).toContainText('읽음')

  page.once('dialog', (dialog) => {
    expect(dialog.type()).toBe('confirm')
    expect(dialog.message()).toContain('워크숍 체크는 그대로')
    void dialog.accept()
  })
  await clear.click()
  await expect(chapter1).not.toContainText('읽음')
  expect(
    await page.evaluate(() => localStorage.getItem('tutorial:progress:v1')),
  ).toBe(JSON.stringify({ read: [], demos: {} }))
})
