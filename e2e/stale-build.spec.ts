import { expect, test } from '@playwright/test'

import { fillSignup, openHydrated, storedUsers, uniqueEmail } from './helpers'

// A tab opened before the site was rebuilt and restarted posts Server
// Action ids of the old build, which the new server does not know (409).
// Replayed here by renaming the action a hydrated page calls.
test('a form whose action the server no longer knows says why; a reload recovers', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  await page.route('**/chapters/signup', async (route) => {
    const headers = route.request().headers()
    if (!headers['next-action']) return route.continue()
    await route.continue({
      headers: { ...headers, 'next-action': 'f'.repeat(42) },
    })
  })
  const email = uniqueEmail('stale')
  await fillSignup(page, { name: '옛 탭', email, password: 'demo-pass-1!' })

  await expect(
    page.getByRole('heading', { name: '문제가 생겼습니다' }),
  ).toBeVisible()
  await expect(page.locator('main')).toContainText('새로 빌드되어')
  expect(storedUsers().some((user) => user.email === email)).toBe(false)

  await page.unrouteAll()
  await page.getByRole('button', { name: '새로고침' }).click()
  await expect(page.locator('#signup-demo')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true')
  await fillSignup(page, { name: '새 탭', email, password: 'demo-pass-1!' })
  await expect(page.getByTestId('signed-in-note')).toBeVisible()
})
