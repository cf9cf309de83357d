import { expect, test } from '@playwright/test'

import { CHAPTERS, openHydrated } from './helpers'

// What a learner expects from a tutorial page beyond the prose: copyable
// code, marked lines, flow diagrams, quizzes, print and 404. Titles,
// canonical addresses and social images are in metadata.spec.ts.

test('the copy button puts a listing’s code on the clipboard and says so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openHydrated(page, '/chapters/signup')
  const listing = page.locator('figure.listing', {
    hasText: 'lib/definitions.ts',
  })
  const first = listing.first()
  await first.getByRole('button', { name: '코드 복사' }).click()

  await expect(first.getByRole('status')).toHaveText('복사했습니다')
  const code = await first.locator('pre').innerText()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied.trim()).toBe(code.trim())
  expect(copied).toContain('SignupFormSchema')
})

test('without the Clipboard API (plain http) the copy button selects the code', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => undefined,
    })
  })
  await openHydrated(page, '/chapters/signup')
  const block = page.locator('.chapter > .code-frame').first()
  await block.getByRole('button', { name: '코드 복사' }).click()

  await expect(block.getByRole('status')).toHaveText(
    /복사했습니다|선택했습니다/,
  )
  const selected = await page.evaluate(() => String(window.getSelection()))
  const code = await block.locator('pre').innerText()
  expect(selected.trim()).toBe(code.trim())
})

test('a listing shows its file and line range and marks the lines the text points at', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/sessions')
  const listing = page.locator('figure.listing', {
    hasText: '토큰에 서명하고 검증하기',
  })
  await expect(listing.locator('figcaption')).toContainText(
    /lib\/session\.ts \d+–\d+행/,
  )
  const marked = listing.locator('.line-marked')
  await expect(marked).toHaveCount(3)
  await expect(marked.nth(0)).toContainText('algorithms')
  await expect(marked.nth(1)).toContainText('requiredClaims')
  await expect(marked.nth(2)).toContainText('safeParse')
})

for (const [slug, name, step] of [
  ['signup', '회원가입 요청의 흐름', 'bcrypt 해싱'],
  ['sessions', '무상태 세션 토큰 검증의 흐름', '서명과 만료 확인'],
  ['database-sessions', '데이터베이스 세션 조회의 흐름', 'SHA-256'],
  ['proxy', '보호된 페이지 요청의 흐름: 프록시, 페이지, DAL', 'DAL: 보안 확인'],
] as const) {
  test(`the ${slug} chapter draws "${name}" as an image with a name and a description`, async ({
    page,
  }) => {
    await page.goto(`/chapters/${slug}`)
    const diagram = page.getByRole('img', { name })
    await expect(diagram).toBeVisible()
    await expect(diagram).toHaveAccessibleDescription(new RegExp(step))
    // The labels are text, not pixels.
    await expect(diagram.locator('text', { hasText: step })).toHaveCount(1)
  })
}

test('a quiz judges the answer, announces it and opens the explanation', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/proxy')
  const quiz = page.locator('.quiz').nth(1)
  const group = quiz.getByRole('group', { name: /어디서 막힐까요/ })
  const feedback = quiz.getByRole('status')
  const explanation = quiz.locator('details')

  await quiz.getByRole('button', { name: '답 확인' }).click()
  await expect(feedback).toHaveText('먼저 답을 하나 고르세요.')
  await expect(explanation).not.toHaveAttribute('open')

  // A first wrong answer gets a second try; nothing is given away yet.
  const nowhere = group.getByRole('radio', {
    name: '아무 데서도 막히지 않는다',
  })
  await nowhere.check()
  await quiz.getByRole('button', { name: '답 확인' }).click()
  await expect(feedback).toHaveText(
    '틀렸습니다. 다른 답을 골라 다시 해 보세요.',
  )
  await expect(explanation).not.toHaveAttribute('open')
  await expect(quiz.locator('[data-result="right"]')).toHaveCount(0)
  await quiz.getByRole('button', { name: '다시 해 보기' }).click()
  await expect(nowhere).not.toBeChecked()
  await expect(group.getByRole('radio').first()).toBeFocused()

  // A second wrong answer shows the right one and opens the explanation.
  await group.getByRole('radio', { name: '프록시가 /login으로 보낸다' }).check()
  await quiz.getByRole('button', { name: '답 확인' }).click()
  await expect(feedback).toContainText('아쉽습니다. 정답은')
  await expect(explanation).toHaveAttribute('open')
  await expect(explanation).toContainText('verifySession()')
  await expect(quiz.locator('[data-result="right"]')).toContainText(
    'verifySession이 막는다',
  )

  await group.getByRole('radio', { name: /verifySession이 막는다/ }).check()
  await quiz.getByRole('button', { name: '답 확인' }).click()
  await expect(feedback).toHaveText('맞았습니다. 아래 해설도 읽어 보세요.')
})

test('after one wrong answer, 정답 보기 shows the answer at once', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/proxy')
  const quiz = page.locator('.quiz').nth(1)
  await expect(quiz.getByRole('button', { name: '정답 보기' })).toHaveCount(0)
  await quiz.getByRole('radio', { name: '아무 데서도 막히지 않는다' }).check()
  await quiz.getByRole('button', { name: '답 확인' }).click()
  await quiz.getByRole('button', { name: '정답 보기' }).click()
  await expect(quiz.getByRole('status')).toContainText('정답은 "프록시는')
  await expect(quiz.locator('details')).toHaveAttribute('open')
  await expect(quiz.getByRole('button', { name: '정답 보기' })).toHaveCount(0)
})

test('every chapter ends with at least two quizzes', async ({ page }) => {
  for (const { slug } of CHAPTERS) {
    await page.goto(`/chapters/${slug}`)
    expect(
      await page
        .locator('.prose-run:has(> #quiz) ~ .quiz fieldset legend')
        .count(),
    ).toBeGreaterThanOrEqual(2)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const path of ['/chapters/no-such-chapter', '/workshop/present/nope']) {
    test(`${path} answers 404 with the Korean not-found page`, async ({
      page,
    }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
      await expect(page).toHaveTitle(/페이지를 찾을 수 없습니다/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        '페이지를 찾을 수 없습니다',
      )
      await expect(
        page.getByRole('link', { name: CHAPTERS[0]?.title }),
      ).toBeVisible()
    })
  }

  test('/chapters lists every chapter', async ({ page }) => {
    const response = await page.goto('/chapters')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('장 목록')
    for (const { slug, title } of CHAPTERS) {
      await expect(page.getByRole('link', { name: title })).toHaveAttribute(
        'href',
        `/chapters/${slug}`,
      )
    }
  })

  test('a quiz still shows its choices and opens its explanation', async ({
    page,
  }) => {
    await page.goto('/chapters/signup')
    const quiz = page.locator('.quiz').first()
    await expect(quiz.getByRole('radio')).toHaveCount(3)
    await expect(quiz.getByRole('button', { name: '답 확인' })).toHaveCount(0)
    await quiz.getByText('정답과 해설').click()
    await expect(quiz.locator('details')).toContainText('정답:')
  })
})

test('printed, a chapter drops the site chrome and keeps prose, code and diagrams', async ({
  page,
}) => {
  await openHydrated(page, '/chapters/proxy')
  await page.emulateMedia({ media: 'print' })

  for (const chrome of [
    '.site-header',
    'nav.sidebar',
    'nav.toc',
    '.toc-inline',
    '.demo',
    '.prev-next',
    '.copy-code',
    '.workshop-panel',
  ]) {
    await expect(page.locator(chrome).first()).toBeHidden()
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('#flow-proxy-dal svg')).toBeVisible()
  // Questions and choices print; answers stay off the paper unless the
  // learner opened them on screen.
  const quiz = page.locator('.quiz').first()
  await expect(quiz.getByRole('radio').first()).toBeVisible()
  await expect(quiz.locator('details')).toBeHidden()
  await expect(page.locator('.predict details')).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await quiz.getByText('정답과 해설').click()
  await page.emulateMedia({ media: 'print' })
  await expect(quiz.locator('details')).toContainText('정답:')
  await expect(quiz.locator('details')).toBeVisible()

  const pre = page.locator('figure.listing pre').first()
  expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe(
    'pre-wrap',
  )
  const link = page.locator('.chapter a[href^="/chapters/"]').first()
  const after = await link.evaluate(
    (el) => getComputedStyle(el, '::after').content,
  )
  expect(after).toContain(await link.getAttribute('href'))
})

test('an unknown address answers 404 with links to every chapter', async ({
  page,
}) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '페이지를 찾을 수 없습니다',
  )
  for (const { slug, title } of CHAPTERS) {
    await expect(page.getByRole('link', { name: title })).toHaveAttribute(
      'href',
      `/chapters/${slug}`,
    )
  }
})

for (const { slug } of CHAPTERS) {
  test(`/chapters/${slug} fits a 375 px phone and a 1920 px projector`, async ({
    page,
  }) => {
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto(`/chapters/${slug}`)
    expect(await overflow()).toBeLessThanOrEqual(0)

    await page.setViewportSize({ width: 1920, height: 1080 })
    expect(await overflow()).toBeLessThanOrEqual(0)
    const fontSize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    )
    expect(fontSize).toBeGreaterThanOrEqual(20)
  })
}
