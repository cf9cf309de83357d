import { expect, test } from '@playwright/test'

import { ADMIN, signInToDashboard } from './authz-helpers'
import { openHydrated } from './helpers'

// Presenter mode (/workshop/present/<chapter>), on a projector's screen
// and on a laptop's: what the room sees.

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`presenter ${width}×${height}: no raw token, colours, big inspector, panel below`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height } })
    const page = await context.newPage()
    await signInToDashboard(page, ADMIN) // a token for the inspector to show
    await openHydrated(page, '/workshop/present/sessions')
    const side = page.locator('.present-side')
    await expect(side.getByTestId('inspector')).toBeVisible()

    // The projector never shows the raw token or its copy button.
    await expect(side.getByTestId('token-payload')).toBeVisible()
    await expect(side.getByTestId('token-raw')).toHaveCount(0)
    await expect(side.getByRole('button', { name: '토큰 복사' })).toHaveCount(0)
    await expect(side.getByTestId('token-raw-hidden')).toContainText(
      '토큰 원문을 띄우지 않습니다',
    )

    // Listings are highlighted as on the chapter page.
    const token = page.locator('figure.listing pre span[class*="hl-"]').first()
    const plain = page.locator('figure.listing pre').first()
    const colour = (locator: typeof token) =>
      locator.evaluate((el) => getComputedStyle(el).color)
    expect(await colour(token)).not.toBe(await colour(plain))

    // The inspector reads at nearly the chapter's size.
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const prose = await size('.present-chapter > .prose-run > p:not([class])')
    const checks = await size(
      '.present-side [data-testid="inspector-checks"] li',
    )
    expect(checks / prose).toBeGreaterThan(0.8)

    // Scrolled down, the side panel stays below the sticky header.
    await page.mouse.wheel(0, 2500)
    await expect
      .poll(() => page.evaluate(() => window.scrollY))
      .toBeGreaterThan(1000)
    const header = await page.locator('.site-header').boundingBox()
    const panel = await side.boundingBox()
    expect(panel!.y).toBeGreaterThanOrEqual(header!.y + header!.height)
    await context.close()
  })
}
