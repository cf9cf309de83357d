import { expect, test } from '@playwright/test'

import { ADMIN, signInToDashboard } from './authz-helpers'
import {
  CONSOLE,
  instructorSignsInAt,
  learnerSignsUp,
} from './workshop-helpers'

// Who reaches the instructor's console, and how the instructor finds it.
// Nothing here depends on the room's step or learners.

const suffix = () => Math.random().toString(36).slice(2, 6)

test('a learner cannot reach the console or its endpoints', async ({
  browser,
  request,
}) => {
  // Signed out: the endpoint answers 401, the page offers a login.
  expect((await request.get('/api/workshop/cohort')).status()).toBe(401)

  const page = await (await browser.newContext()).newPage()
  await learnerSignsUp(page, `다솜 ${suffix()}`)

  await page.goto(CONSOLE)
  await expect(page).toHaveURL(/\/workshop\?denied=1$/)
  await expect(page.getByText('강사 콘솔은 강사 계정만')).toBeVisible()
  await expect(page.getByTestId('console')).toHaveCount(0)

  // Same cookie, straight to the Route Handler: 403, no learner list.
  const response = await page.request.get('/api/workshop/cohort')
  expect(response.status()).toBe(403)
  expect(await response.text()).not.toContain('learners')

  // An example admin is not an instructor either.
  const admin = await (await browser.newContext()).newPage()
  await signInToDashboard(admin, ADMIN)
  expect((await admin.request.get('/api/workshop/cohort')).status()).toBe(403)
  await expect(admin.getByTestId('console-link')).toHaveCount(0)
})

test('the instructor signing in on the login page lands next to a console link', async ({
  page,
}) => {
  await instructorSignsInAt(page, '/login')
  await expect(page).toHaveURL(/\/demo\/dashboard$/)

  await page.getByRole('link', { name: '워크숍 콘솔로 가기' }).click()
  await expect(page.getByTestId('console')).toBeVisible()
})
