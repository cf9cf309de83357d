import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { MINJUN, signInToDashboard } from './authz-helpers'
import { openHydrated } from './helpers'

const PAGES = [
  '/',
  '/chapters',
  '/chapters/signup',
  '/chapters/sessions',
  '/chapters/database-sessions',
  '/chapters/proxy',
  '/chapters/dal-dto',
  '/chapters/where-checks-live',
  '/login',
  '/lab/layout-check/a',
  '/lab/layout-check/b',
  '/chapters/no-such-chapter',
  '/no-such-page',
]
const SCHEMES = ['light', 'dark'] as const
// Signed in, these show the learner's own tables (the inspector, the
// profile DTOs, the admin demo): what each page waits for before axe runs.
const SIGNED_IN_PAGES = [
  ['/chapters/sessions', 'inspector'],
  ['/chapters/database-sessions', 'inspector'],
  ['/chapters/dal-dto', 'dto-table'],
  ['/chapters/where-checks-live', 'admin-demo-viewer'],
] as const

/**
 * Every axe rule (WCAG A/AA and best practices), as "rule: targets".
 * `skip` leaves rules out where another pass already covers them.
 */
async function violations(page: Page, skip: string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page }).disableRules(skip).analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
}

async function openForAxe(page: Page, path: string) {
  if (path.includes('no-such')) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  } else {
    await openHydrated(page, path)
  }
}

for (const scheme of SCHEMES) {
  test.describe(`in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme })

    for (const path of PAGES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await openForAxe(page, path)
        expect(await violations(page)).toEqual([])
      })
    }

    test('the signed-in dashboard and a chapter with its inspector have no axe violations', async ({
      page,
    }) => {
      // Two full axe passes over long pages, beside the other lane.
      test.slow()
      await signInToDashboard(page, MINJUN)
      expect(await violations(page)).toEqual([])

      await openHydrated(page, '/chapters/sessions')
      await expect(page.getByTestId('session-badge')).toContainText(MINJUN.name)
      expect(await violations(page)).toEqual([])
    })

    test('the open search dialog with results has no axe violations', async ({
      page,
    }) => {
      await openHydrated(page, '/chapters/signup')
      await page.getByRole('button', { name: /검색/ }).click()
      await page.getByRole('combobox', { name: '검색어' }).fill('쿠키')
      await expect(page.getByRole('option').first()).toBeVisible()
      expect(await violations(page)).toEqual([])
    })
  })
}

// A phone: tables and code that scroll sideways must be reachable by
// keyboard (scrollable-region-focusable), which a laptop never shows.
// Colours are the same as above, so the light theme is enough here, and
// contrast (the slowest rule on a long page) was checked in both themes.
const PHONE_SKIPS = ['color-contrast']

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'light' })

  for (const path of PAGES) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await openForAxe(page, path)
      expect(await violations(page, PHONE_SKIPS)).toEqual([])
    })
  }

  test('signed in, the chapters with an inspector have no axe violations', async ({
    page,
  }) => {
    // Five full axe passes, four of them on long chapters.
    test.slow()
    await signInToDashboard(page, MINJUN)
    expect(await violations(page)).toEqual([])
    for (const [path, part] of SIGNED_IN_PAGES) {
      await openHydrated(page, path)
      await expect(page.getByTestId('session-badge')).toContainText(MINJUN.name)
      await expect(page.getByTestId(part).first()).toBeVisible()
      expect(await violations(page), path).toEqual([])
    }
  })
})
