import fs from 'node:fs'
import path from 'node:path'

import { expect, type Page } from '@playwright/test'

import { E2E_DATA_DIR } from '../playwright.config'

import { fillSignup, openHydrated, uniqueEmail } from './helpers'

export const INSTRUCTOR = {
  email: 'instructor@example.com',
  // Set for the test server in playwright.config.ts.
  password: 'e2e-instructor-password',
}
export const CONSOLE = '/workshop/console'
export const LEARNER_PASSWORD = 'learner-pass-1!'

type Row = { email: string; persona: boolean; instructor?: boolean }

export function storeRows(): { users: Row[] } {
  const file = path.join(E2E_DATA_DIR, 'db.json')
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

export function backupNames(): string[] {
  const dir = path.join(E2E_DATA_DIR, 'backups')
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

/** Signs the instructor in through the login form on `path`. */
export async function instructorSignsInAt(page: Page, path: string) {
  await openHydrated(page, path)
  await page.getByLabel('이메일').fill(INSTRUCTOR.email)
  await page.getByLabel('비밀번호').fill(INSTRUCTOR.password)
  await page.getByRole('button', { name: '로그인', exact: true }).click()
}

export async function instructorLogsIn(page: Page) {
  await instructorSignsInAt(page, CONSOLE)
  await expect(page.getByTestId('console')).toBeVisible()
}

/** Signs a new learner up through chapter 1's real form. */
export async function learnerSignsUp(page: Page, name: string) {
  const email = uniqueEmail('ws')
  await openHydrated(page, '/chapters/signup')
  await fillSignup(page, { name, email, password: LEARNER_PASSWORD })
  await expect(page.getByTestId('session-badge')).toContainText(name)
  return email
}

/** The chapter's step panel: the step's row says whether it passed. */
export function stepRow(page: Page, stepId: string) {
  return page.locator(`#workshop-steps [data-step="${stepId}"]`)
}

export function cohortCell(page: Page, learner: string, stepId: string) {
  return page
    .getByTestId('cohort')
    .locator(`tr[data-learner="${learner}"] td[data-step="${stepId}"]`)
}
