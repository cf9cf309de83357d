import { expect, test, type Page } from '@playwright/test'

import { openHydrated } from './helpers'

// Decision 34: a chapter's prose and code are in its HTML but not in the
// RSC payload; links into chapters load documents.

/** The opening words of the chapter's first paragraph of prose. */
async function firstProse(page: Page): Promise<string> {
  const text = await page.locator('main .prose-run > p').first().textContent()
  return (text ?? '').slice(0, 24)
}

test('prose is in the chapter’s HTML once and not in the payload that hydrates it', async ({
  page,
  request,
}) => {
  await openHydrated(page, '/chapters/signup')
  const words = await firstProse(page)
  expect(words.length).toBeGreaterThan(10)

  const html = await (await request.get('/chapters/signup')).text()
  expect(html.split(words).length - 1).toBe(1)
  const payload = await (
    await request.get('/chapters/signup', { headers: { rsc: '1' } })
  ).text()
  expect(payload).toContain('회원가입') // the payload of the same page…
  expect(payload).not.toContain(words) // …without its prose

  // Hydrated, the page still shows it, and the highlighted listings.
  await expect(page.locator('main .prose-run > p').first()).toHaveText(
    new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  )
  await expect(
    page.locator('figure.listing pre span[class*="hl-"]').first(),
  ).toBeVisible()
})

test('the next-chapter link loads the next chapter as a document, prose included', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  await page.evaluate(() => ((window as { stay?: number }).stay = 1))
  await page.getByRole('link', { name: /다음 장/ }).click()
  await expect(page).toHaveURL(/\/chapters\/sessions$/)
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true')
  // A document load: the old page's window is gone.
  expect(await page.evaluate(() => (window as { stay?: number }).stay)).toBe(
    undefined,
  )
  await expect(
    page.getByRole('heading', { level: 2, name: /세션의 두 종류/ }),
  ).toBeVisible()
})

test('reached by client-side navigation, a chapter fills its prose from its page', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  await page.evaluate(() => {
    ;(window as { stay?: number }).stay = 1
    // Next's own router, as a Server Action's redirect would use it.
    const next = (window as { next?: { router?: { push(h: string): void } } })
      .next
    next?.router?.push('/chapters/sessions')
  })
  await expect(page).toHaveURL(/\/chapters\/sessions$/)
  await expect(
    page.getByRole('heading', { level: 2, name: /세션의 두 종류/ }),
  ).toBeVisible()
  await expect(page.locator('figure.listing pre').first()).toContainText(
    'export',
  )
  // It really was a client-side navigation.
  expect(await page.evaluate(() => (window as { stay?: number }).stay)).toBe(1)
})
