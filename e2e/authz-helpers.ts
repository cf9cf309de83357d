import fs from 'node:fs'
import path from 'node:path'

import {
  expect,
  type APIResponse,
  type Locator,
  type Page,
} from '@playwright/test'

import { E2E_DATA_DIR, E2E_PORT } from '../playwright.config'

import { openHydrated } from './helpers'

export const SITE = `http://localhost:${E2E_PORT}`
export const DASHBOARD = '/demo/dashboard'
export const DTO = { path: '/chapters/dal-dto#dto-demo', demo: '#dto-demo' }
export const ADMIN_DEMO = {
  path: '/chapters/where-checks-live#admin-demo',
  demo: '#admin-demo',
}
export const LOGIN_FOR_DASHBOARD = `${SITE}/login?next=%2Fdemo%2Fdashboard`

// The role and route tests change the store: one worker, in order.

export type Persona = {
  name: string
  email: string
  role: 'admin' | 'member'
  team: string | null
  phone: string
}

export const ADMIN: Persona = {
  name: '한지우',
  email: 'admin@example.com',
  role: 'admin',
  team: null,
  phone: '010-0000-0001',
}
export const MINJUN: Persona = {
  name: '김민준',
  email: 'minjun@example.com',
  role: 'member',
  team: '알파팀',
  phone: '010-0000-0002',
}
export const SEOYEON: Persona = {
  name: '이서연',
  email: 'seoyeon@example.com',
  role: 'member',
  team: '알파팀',
  phone: '010-0000-0003',
}
export const DOYUN: Persona = {
  name: '박도윤',
  email: 'doyun@example.com',
  role: 'member',
  team: '베타팀',
  phone: '010-0000-0004',
}
export const HAEUN: Persona = {
  name: '최하은',
  email: 'haeun@example.com',
  role: 'member',
  team: '베타팀',
  phone: '010-0000-0005',
}
export const EVERYONE = [ADMIN, MINJUN, SEOYEON, DOYUN, HAEUN]

/** Text that only a rendered dashboard or a shown profile contains. */
export const PROTECTED = [
  'admin-view',
  'member-view',
  '관리자 화면',
  '일반 사용자 화면',
  '010-0000-',
]

export type StoredDb = {
  users: { id: string; email: string; role: string; passwordHash: string }[]
  settings: { banner: string | null }
}

export function storedDb(): StoredDb {
  const file = path.join(E2E_DATA_DIR, 'db.json')
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

export const storedBanner = () => storedDb().settings.banner
export const storedRole = (email: string) =>
  storedDb().users.find((user) => user.email === email)?.role

/** Next 16 keeps the previous page mounted but hidden: the shown one. */
export const shown = (page: Page, testId: string) =>
  page.getByTestId(testId).filter({ visible: true })

/** A persona switcher's button: it submits loginAsPersona. */
export const personaButton = (scope: Page | Locator, who: Persona) =>
  scope.locator('button.chip[type="submit"]', { hasText: who.name })

/** Signs in with a persona button of the demo at `where`, and stays there. */
export async function signInAt(
  page: Page,
  where: { path: string; demo: string },
  who: Persona,
) {
  await openHydrated(page, where.path)
  await personaButton(page.locator(where.demo), who).click()
  await expect(page.getByTestId('session-badge')).toContainText(
    `${who.name} 님 로그인 중`,
  )
}

/** Signs in from the login page, which sends the persona to the dashboard. */
export async function signInToDashboard(page: Page, who: Persona) {
  await openHydrated(page, '/login')
  await personaButton(page, who).click()
  await expect(page).toHaveURL(`${SITE}${DASHBOARD}`)
  // The new page's <title> arrives with its streamed metadata, a moment
  // after the address changes.
  await expect(page).toHaveTitle(/대시보드/)
}

/** Where a redirect points, as an absolute address. */
export const redirectTarget = (response: APIResponse) =>
  new URL(response.headers().location ?? '', SITE).href

export async function sessionCookie(page: Page) {
  const cookies = await page.context().cookies(SITE)
  return cookies.find((cookie) => cookie.name === 'session')?.value
}

/** The cells of one profile row: email, phone and role, in that order. */
export function profileRow(page: Page, who: Persona) {
  const row = shown(page, 'dto-table').locator(`tr[data-name="${who.name}"]`)
  const cell = (index: number) => row.locator('td').nth(index)
  return { row, email: cell(2), phone: cell(3), role: cell(4) }
}

// Who may see each field, as the hidden cell says under its column.
const HIDDEN_RULE: Record<string, string> = {
  이메일: '같은 팀이거나 관리자만',
  전화번호: '같은 팀이거나 관리자만',
  역할: '본인이거나 관리자만',
}

export async function expectHidden(cell: Locator, label: string) {
  await expect(cell).toHaveAttribute('data-hidden', 'true')
  await expect(cell).toHaveText(`숨김 (${HIDDEN_RULE[label]})`)
}

export async function expectShown(cell: Locator, value: string) {
  await expect(cell).not.toHaveAttribute('data-hidden', 'true')
  await expect(cell).toHaveText(value)
}
