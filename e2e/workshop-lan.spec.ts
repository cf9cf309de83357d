import fs from 'node:fs'

import { chromium, expect, test, type Browser } from '@playwright/test'

import { E2E_PORT } from '../playwright.config'

import { fillSignup, openHydrated, uniqueEmail } from './helpers'
import { LEARNER_PASSWORD, stepRow } from './workshop-helpers'

// A learner in the room types the instructor's address, not localhost.
// A made-up name mapped to 127.0.0.1 inside Chromium stands in for the
// laptop's address: plain http, a host that is not localhost.
const HOST = 'workshop.test'
const ROOM = `http://${HOST}:${E2E_PORT}`

let browser: Browser

test.beforeAll(async () => {
  const executablePath = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].find((candidate) => fs.existsSync(candidate))
  browser = await chromium.launch({
    executablePath,
    args: [
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
    ],
  })
})

test.afterAll(async () => {
  await browser?.close()
})

test('a learner on plain http by the host name: sign-up, login and demos work', async () => {
  const page = await (await browser.newContext({ baseURL: ROOM })).newPage()
  const name = `원격 ${Math.random().toString(36).slice(2, 6)}`
  const email = uniqueEmail('lan')

  await openHydrated(page, '/chapters/signup')
  expect(new URL(page.url()).host).toBe(`${HOST}:${E2E_PORT}`)
  await fillSignup(page, { name, email, password: LEARNER_PASSWORD })
  await expect(page.getByTestId('session-badge')).toContainText(name)

  // The cookie was kept: not Secure over http, for this host.
  const session = (await page.context().cookies()).find(
    (cookie) => cookie.name === 'session',
  )
  expect(session?.domain).toBe(HOST)
  expect(session?.secure).toBe(false)
  expect(session?.httpOnly).toBe(true)

  // Login with a database session through the Server Action (Origin is
  // the room's host name, and the same-origin check accepts it).
  await openHydrated(page, '/chapters/database-sessions')
  await page
    .getByTestId('session-badge')
    .getByRole('button', { name: '로그아웃' })
    .click()
  await expect(page.getByTestId('session-badge')).toContainText(
    '로그인하지 않음',
  )
  const demo = page.locator('#db-login-demo')
  await demo.getByLabel('이메일').fill(email)
  await demo.getByLabel('비밀번호').fill(LEARNER_PASSWORD)
  await demo.getByLabel(/데이터베이스 세션/).check()
  await demo.getByRole('button', { name: '로그인', exact: true }).click()
  await expect(page.getByTestId('session-badge')).toContainText(name)
  await expect(stepRow(page, 'db-session')).toHaveAttribute(
    'data-passed',
    'true',
  )

  // A Route Handler demo from the same page: the member gets 403.
  await openHydrated(page, '/chapters/where-checks-live')
  await page
    .getByRole('button', { name: 'GET /api/admin/report 보내기' })
    .click()
  await expect(page.getByTestId('route-status')).toHaveText('403')
})
