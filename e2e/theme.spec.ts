import { expect, test, type Page } from '@playwright/test'

import { openHydrated } from './helpers'

const LIGHT_BG = 'rgb(255, 255, 255)'
const DARK_BG = 'rgb(15, 17, 21)'

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor)

/** The colour of the first coloured token (a class, see highlight.ts) of the first listing. */
const codeColour = (page: Page) =>
  page
    .locator('figure.listing pre span[class*="hl-"]')
    .first()
    .evaluate((span) => getComputedStyle(span).color)

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' })

  test('the site is dark until the learner picks a theme', async ({ page }) => {
    await openHydrated(page, '/chapters/signup')
    await expect(page.getByRole('radio', { name: '시스템' })).toBeChecked()
    expect(await background(page)).toBe(DARK_BG)
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/)
  })

  test('choosing light, then system again, forgets the choice', async ({
    page,
  }) => {
    await openHydrated(page, '/chapters/signup')
    const darkCode = await codeColour(page)
    await page.getByText('밝게', { exact: true }).click()
    expect(await background(page)).toBe(LIGHT_BG)
    expect(await codeColour(page)).not.toBe(darkCode)

    await page.getByText('시스템', { exact: true }).click()
    expect(await background(page)).toBe(DARK_BG)
    expect(await codeColour(page)).toBe(darkCode)
    expect(
      await page.evaluate(() => localStorage.getItem('tutorial:theme')),
    ).toBeNull()
  })
})

test('a chosen theme is kept across visits and applied before any app script runs', async ({
  page,
}) => {
  await openHydrated(page, '/')
  expect(await background(page)).toBe(LIGHT_BG)
  await page.getByText('어둡게', { exact: true }).click()
  await expect(page.getByRole('radio', { name: '어둡게' })).toBeChecked()
  expect(await background(page)).toBe(DARK_BG)

  await openHydrated(page, '/chapters/sessions')
  await expect(page.getByRole('radio', { name: '어둡게' })).toBeChecked()
  expect(await background(page)).toBe(DARK_BG)

  // Without the application's JavaScript only the inline head script can
  // set the theme: the page is dark from its first paint, no flash.
  await page.route('**/_next/static/**/*.js', (route) => route.abort())
  await page.goto('/chapters/proxy')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background(page)).toBe(DARK_BG)
})
