import { expect, test } from '@playwright/test'

import { openHydrated, PAGES } from './helpers'

test('a newcomer finds chapter 1 from the home page', async ({ page }) => {
  await openHydrated(page, '/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Next.js 인증',
  )

  await page.getByRole('link', { name: /1장/ }).click()
  await expect(page).toHaveURL(/\/chapters\/signup$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '회원가입과 유효성 검사',
  )
  await expect(page).toHaveTitle(/회원가입과 유효성 검사/)
})

test('a chapter page has a sidebar, a table of contents and code cut from the source', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')

  const sidebar = page.getByRole('navigation', { name: '장 목록' })
  await expect(sidebar.locator('[aria-current="page"]')).toContainText(
    '회원가입과 유효성 검사',
  )

  const toc = page.getByRole('navigation', { name: '이 장의 차례' })
  const firstEntry = toc.getByRole('link').first()
  const target = await firstEntry.getAttribute('href')
  expect(target).toMatch(/^#[a-z0-9-]+$/)
  await expect(page.locator(target as string)).toHaveCount(1)

  const listing = page.locator('figure.listing', {
    hasText: 'lib/definitions.ts',
  })
  await expect(listing.first()).toContainText('SignupFormSchema')
})

test('an unknown chapter shows a Korean not-found page that search engines skip', async ({
  page,
}) => {
  // With Cache Components the static shell is streamed first, so the
  // status is already 200 when notFound() runs: a "soft" 404 (README).
  await page.goto('/chapters/no-such-chapter')
  await expect(
    page.locator('meta[name="robots"][content*="noindex"]').first(),
  ).toBeAttached()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '페이지를 찾을 수 없습니다',
  )
})

test('the chapter is readable on a phone without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await openHydrated(page, '/chapters/signup')
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})

for (const path of PAGES) {
  test(`${path} loads without a browser console error`, async ({ page }) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await openHydrated(page, path)
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])
  })
}

test('every response carries the security headers', async ({ page }) => {
  const others = ['/api/session', '/no-such-page', '/demo/dashboard']
  for (const path of [...PAGES, ...others]) {
    const response = await page.request.get(path)
    const headers = response.headers()
    expect(headers['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    )
    expect(headers['content-security-policy']).toContain("object-src 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['referrer-policy']).toBe('same-origin')
  }
})
