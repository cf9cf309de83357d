import fs from 'node:fs'
import path from 'node:path'

import { expect, type Page } from '@playwright/test'

import { E2E_DATA_DIR } from '../playwright.config'

/** Every page a learner can open without signing in. */
export const PAGES = [
  '/',
  '/chapters/signup',
  '/chapters/sessions',
  '/chapters/database-sessions',
  '/chapters/proxy',
  '/chapters/dal-dto',
  '/chapters/where-checks-live',
  '/login',
  '/lab/layout-check/a',
]

/** The chapters, in order, with the titles their pages show. */
export const CHAPTERS = [
  { slug: 'signup', title: '회원가입과 유효성 검사' },
  { slug: 'sessions', title: '로그인과 무상태 세션' },
  { slug: 'database-sessions', title: '데이터베이스 세션' },
  { slug: 'proxy', title: '프록시로 하는 낙관적 확인' },
  { slug: 'dal-dto', title: '데이터 접근 계층과 DTO' },
  { slug: 'where-checks-live', title: '확인은 어디에 두는가' },
]

type StoredUser = { email: string; name: string; passwordHash: string }

/** The test server's store, read straight from disk. */
export function storedUsers(): StoredUser[] {
  const file = path.join(E2E_DATA_DIR, 'db.json')
  if (!fs.existsSync(file)) return []
  return JSON.parse(fs.readFileSync(file, 'utf8')).users
}

export function uniqueEmail(label: string): string {
  const random = Math.random().toString(36).slice(2, 8)
  return `${label}-${Date.now()}-${random}@example.com`
}

/** Opens a page and waits until React has hydrated it. */
export async function openHydrated(page: Page, url: string) {
  await page.goto(url)
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true')
}

export async function fillSignup(
  page: Page,
  values: { name: string; email: string; password: string },
) {
  const demo = page.locator('#signup-demo')
  await demo.getByLabel('이름').fill(values.name)
  await demo.getByLabel('이메일').fill(values.email)
  await demo.getByLabel('비밀번호', { exact: true }).fill(values.password)
  await demo.getByRole('button', { name: '회원가입' }).click()
}
