import { expect, test } from '@playwright/test'

import { openHydrated } from './helpers'

const INDEX = '/api/search-index'

test('searching 세션 finds 세션은 and 세션을; Enter opens the heading', async ({
  page,
}) => {
  await openHydrated(page, '/')
  await page.keyboard.press('/')
  const box = page.getByRole('combobox', { name: '검색어' })
  await expect(box).toBeFocused()

  await box.fill('세션')
  const options = page.getByRole('option')
  await expect(options.first()).toBeVisible()
  // The bare noun matches where a particle is attached to it.
  const texts = await options.allTextContents()
  expect(texts.some((text) => /세션[은을이의]/.test(text))).toBe(true)
  await expect(options.first().locator('mark')).toHaveText('세션')

  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await box.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(1).getAttribute('id')) as string,
  )
  const heading = await options
    .nth(1)
    .locator('.search-result-heading')
    .textContent()

  // More sections say 세션 than the list holds: the status says how many.
  await expect(page.locator('.search-status')).toHaveText(
    /^결과 \d+개 중 12개를 보여 줍니다\.$/,
  )

  await box.press('Enter')
  await expect(page).toHaveURL(/\/chapters\/[a-z-]+(#[a-z0-9-]+)?$/)
  await expect(page.getByRole('dialog')).toBeHidden()
  const hash = new URL(page.url()).hash
  const target = page.locator(hash || 'main h1')
  await expect(target).toContainText(heading as string)
  await expect(target).toBeInViewport()
  // Focus carries on from the section, not from the header.
  await expect(target).toBeFocused()
})

test('Esc closes the dialog even with a query typed, and Tab stays inside it', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  const button = page.getByRole('button', { name: /검색/ })
  await button.click()
  const dialog = page.getByRole('dialog', { name: '모든 장에서 찾기' })
  const box = page.getByRole('combobox', { name: '검색어' })
  await box.fill('쿠키')
  await expect(page.getByRole('option').first()).toBeVisible()

  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key)
    expect(
      await dialog.evaluate((element) =>
        element.contains(document.activeElement),
      ),
    ).toBe(true)
  }
  await box.focus()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})

test('on a phone the dialog has a visible close button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openHydrated(page, '/chapters/signup')
  const button = page.getByRole('button', { name: /검색/ })
  await button.click()
  const dialog = page.getByRole('dialog', { name: '모든 장에서 찾기' })
  const close = dialog.getByRole('button', { name: '닫기' })
  await expect(close).toBeInViewport()
  await close.click()
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})

test('a misspelt word finds the sections with the right spelling, marked as similar', async ({
  page,
}) => {
  await openHydrated(page, '/')
  await page.getByRole('button', { name: /검색/ }).click()
  const box = page.getByRole('combobox', { name: '검색어' })
  await box.fill('세샨')
  await expect(page.locator('.search-status')).toContainText('비슷한 결과')
  await expect(page.getByRole('option').first().locator('mark')).toHaveText(
    '세션',
  )
  await box.fill('updateSesion')
  await expect(page.locator('.search-status')).toContainText('비슷한 결과')
  await expect(page.getByRole('option').first()).toContainText('updateSession')
})

test('Ctrl+K opens search, Esc closes it, and focus goes back to the search button', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  const button = page.getByRole('button', { name: /검색/ })
  await button.focus()
  await page.keyboard.press('Control+K')
  await expect(
    page.getByRole('dialog', { name: '모든 장에서 찾기' }),
  ).toBeVisible()
  await expect(page.getByRole('combobox', { name: '검색어' })).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(button).toBeFocused()
})

test('an English name in the code is found from its first letters', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/signup')
  await page.getByRole('button', { name: /검색/ }).click()
  await page.getByRole('combobox', { name: '검색어' }).fill('updateSess')
  await expect(page.getByRole('option').first()).toContainText('updateSession')
})

test('a search with no match says so', async ({ page }) => {
  await openHydrated(page, '/chapters/signup')
  await page.getByRole('button', { name: /검색/ }).click()
  await page.getByRole('combobox', { name: '검색어' }).fill('고양이사료')
  await expect(page.getByRole('status').filter({ hasText: '결과' })).toHaveText(
    '결과가 없습니다.',
  )
  await expect(page.getByRole('option')).toHaveCount(0)
})

test('a chapter does not load the search index until search is opened', async ({
  page,
}) => {
  const fetched: string[] = []
  page.on('request', (request) => {
    if (request.url().includes(INDEX)) fetched.push(request.url())
  })
  await openHydrated(page, '/chapters/sessions')
  await page.waitForLoadState('networkidle')
  expect(fetched).toEqual([])

  await page.getByRole('button', { name: /검색/ }).click()
  await page.getByRole('combobox', { name: '검색어' }).fill('쿠키')
  await expect(page.getByRole('option').first()).toBeVisible()
  expect(fetched).toHaveLength(1)
})

test('every search result points at a heading the chapter really has', async ({
  page,
}) => {
  const response = await page.request.get(INDEX)
  expect(response.ok()).toBe(true)
  const index = (await response.json()) as {
    storedFields: Record<string, { slug: string; anchor: string | null }>
  }
  const anchors = new Map<string, string[]>()
  for (const { slug, anchor } of Object.values(index.storedFields)) {
    if (anchor) anchors.set(slug, [...(anchors.get(slug) ?? []), anchor])
  }
  expect(anchors.size).toBe(6)

  for (const [slug, ids] of anchors) {
    await page.goto(`/chapters/${slug}`)
    for (const id of ids) {
      await expect(page.locator(`main [id="${id}"]`)).toHaveCount(1)
    }
  }
})

test('clicking a result opens that section of its chapter', async ({
  page,
}) => {
  await openHydrated(page, '/')
  await page.getByRole('button', { name: /검색/ }).click()
  await page.getByRole('combobox', { name: '검색어' }).fill('해시')
  const option = page.getByRole('option').first()
  await expect(option).toBeVisible()
  const heading = await option.locator('.search-result-heading').textContent()

  await option.click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page).toHaveURL(/\/chapters\/[a-z-]+#[a-z0-9-]+$/)
  const target = page.locator(new URL(page.url()).hash)
  await expect(target).toContainText(heading as string)
  await expect(target).toBeInViewport()
  await expect(target).toBeFocused()
})
