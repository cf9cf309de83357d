import { expect, test } from '@playwright/test'

// The benchmark's baseline page (npm run bench) is part of the app but not
// of the site a learner browses.
test('the bare benchmark page is text only, noindex and linked from nowhere', async ({
  page,
  request,
}) => {
  const response = await page.goto('/bench/bare')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '기준 페이지',
  )
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
    'content',
    'noindex, nofollow',
  )
  await expect(page.locator('main form, main pre, main button')).toHaveCount(0)

  for (const path of ['/', '/chapters/signup']) {
    const html = await (await request.get(path)).text()
    expect(html).not.toContain('/bench/bare')
  }
})
