import { expect, test } from '@playwright/test'

import { openHydrated } from './helpers'

test.use({ viewport: { width: 1400, height: 900 } })

test('the table of contents marks the section being read and follows scrolling', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/sessions')
  const toc = page.getByRole('navigation', { name: '이 장의 차례' })
  const current = toc.locator('a[aria-current="location"]')
  await expect(current).toHaveCount(1)
  await expect(current).toHaveAttribute('href', '#two-kinds')

  await page.locator('#same-answer').scrollIntoViewIfNeeded()
  await page.evaluate(() =>
    window.scrollBy(
      0,
      document.getElementById('same-answer')!.getBoundingClientRect().top - 80,
    ),
  )
  await expect(current).toHaveAttribute('href', '#same-answer')
  await expect(current).toHaveCount(1)
})

test('in a short window the table of contents, not the page, scrolls to its entry', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 420 })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openHydrated(page, '/chapters/sessions')
  // The learner's panels load after the page and make it taller above
  // the place scrolled to (the browser then keeps the view by moving
  // scrollY): let them arrive first, so only the list can scroll below.
  await page.waitForLoadState('networkidle')
  const toc = page.locator('nav.toc')
  const fits = await toc.evaluate((nav) => nav.scrollHeight <= nav.clientHeight)
  expect(fits, 'the list must be taller than its box here').toBe(false)

  // The last section before the quiz: far down the list.
  const ids = await toc
    .locator('a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash))
  const target = ids.at(-2) as string
  await page.evaluate((hash) => {
    const heading = document.querySelector(hash) as HTMLElement
    window.scrollBy(0, heading.getBoundingClientRect().top - 80)
  }, target)
  const current = toc.locator('a[aria-current="location"]')
  await expect(current).toHaveAttribute('href', target)
  const scrollY = await page.evaluate(() => window.scrollY)

  await expect
    .poll(async () => {
      const [box, entry] = await Promise.all([
        toc.boundingBox(),
        current.boundingBox(),
      ])
      if (!box || !entry) return false
      return entry.y >= box.y && entry.y + entry.height <= box.y + box.height
    })
    .toBe(true)
  expect(await toc.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(0)
  // The page stayed where the learner put it.
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY)
})

test('every section heading has a visible # link to its own stable anchor', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/sessions')
  const headings = page.locator('main h2[id], main h3[id]').filter({
    has: page.locator('a.heading-anchor'),
  })
  const count = await headings.count()
  expect(count).toBeGreaterThan(10)
  for (let i = 0; i < count; i++) {
    const heading = headings.nth(i)
    const id = await heading.getAttribute('id')
    const anchor = heading.locator('a.heading-anchor')
    await expect(anchor).toHaveAttribute('href', `#${id}`)
    await expect(anchor).toBeVisible()
  }
  // The author's id, not a slug of the (Korean) wording.
  await expect(page.locator('h2#login')).toContainText('로그인')
})

test('opening a link to a section lands on that heading', async ({ page }) => {
  await openHydrated(page, '/chapters/sessions#same-answer')
  await expect(page.locator('#same-answer')).toBeInViewport()
  await expect(
    page
      .getByRole('navigation', { name: '이 장의 차례' })
      .locator('a[aria-current="location"]'),
  ).toHaveAttribute('href', '#same-answer')
})

test('the keyboard reaches the skip link first and then the header without a trap', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()

  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: /검색/ })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: '시스템' })).toBeFocused()
  // Arrow keys move within the theme group; Tab leaves it.
  await page.keyboard.press('Tab')
  const outside = await page.evaluate(
    () => !document.activeElement?.closest('.theme-toggle'),
  )
  expect(outside).toBe(true)

  await skip.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})
