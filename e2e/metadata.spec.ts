import { expect, test } from '@playwright/test'

import { CHAPTERS } from './helpers'

// What a page says about itself: title, description, canonical address
// and social card. The test build sets SITE_URL (playwright.config.ts).

for (const { slug, title } of CHAPTERS) {
  test(`/chapters/${slug} has its own title, description and social image`, async ({
    page,
  }) => {
    await page.goto(`/chapters/${slug}`)
    await expect(page).toHaveTitle(`${title} · Next.js 인증 실습`)

    const meta = (selector: string) =>
      page.locator(selector).first().getAttribute('content')
    const description = await meta('meta[name="description"]')
    expect(description?.length).toBeGreaterThan(20)
    expect(await meta('meta[property="og:description"]')).toBe(description)
    expect(await meta('meta[property="og:title"]')).toBe(title)
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')

    // Its own address, absolute because the test build sets SITE_URL.
    const canonical = page.locator('link[rel="canonical"]')
    await expect(canonical).toHaveCount(1)
    const own = new URL(`/chapters/${slug}`, page.url()).href
    expect(await canonical.getAttribute('href')).toBe(own)
    expect(await meta('meta[property="og:url"]')).toBe(own)

    const image = new URL((await meta('meta[property="og:image"]')) ?? '')
    expect(image.pathname).toBe(`/og/${slug}.png`)
    // The absolute URL names SITE_URL; the file is served by this server.
    const response = await page.request.get(image.pathname)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    expect((await response.body()).length).toBeGreaterThan(1000)
  })
}

test('each page names itself as canonical, never the home page', async ({
  page,
}) => {
  for (const path of ['/login', '/workshop', '/lab/layout-check/a']) {
    await page.goto(path)
    const canonical = page.locator('link[rel="canonical"]')
    await expect(canonical).toHaveCount(1)
    expect(await canonical.getAttribute('href')).toBe(
      new URL(path, page.url()).href,
    )
  }
  // A page that is not there, and the presenter view, name none.
  for (const path of ['/no-such-page', '/workshop/present/signup']) {
    await page.goto(path)
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0)
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(0)
  }
})

test('the home page has the site’s own social image', async ({ page }) => {
  await page.goto('/')
  const image = await page
    .locator('meta[property="og:image"]')
    .first()
    .getAttribute('content')
  const response = await page.request.get(new URL(image ?? '').pathname)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  expect(new URL(image ?? '').pathname).toBe('/og/home.png')
})
