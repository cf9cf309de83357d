import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { E2E_DATA_DIR } from '../playwright.config'

import { ADMIN, DTO, signInAt } from './authz-helpers'
import { fillSignup, openHydrated, uniqueEmail } from './helpers'
import {
  backupNames,
  cohortCell,
  instructorLogsIn,
  learnerSignsUp,
  stepRow,
  storeRows,
} from './workshop-helpers'

// The room's state (its step, the learners) is shared: in order.
// Three browser contexts and polling views: more time than one page needs.
test.describe.configure({ mode: 'serial', timeout: 90_000 })

const suffix = () => Math.random().toString(36).slice(2, 6)

test('an instructor sees two learners’ checkpoints turn green from what they really did', async ({
  browser,
}) => {
  const instructor = await (await browser.newContext()).newPage()
  const ana = await (await browser.newContext()).newPage()
  const ben = await (await browser.newContext()).newPage()
  const anaName = `가람 ${suffix()}`
  const benName = `나래 ${suffix()}`

  await instructorLogsIn(instructor)

  // Ana, still a visitor, sends an invalid sign-up: the browser keeps it.
  await openHydrated(ana, '/chapters/signup')
  await expect(stepRow(ana, 'signup-invalid')).toHaveAttribute(
    'data-passed',
    'false',
  )
  await fillSignup(ana, {
    name: anaName,
    email: uniqueEmail('ws'),
    password: 'short',
  })
  await expect(ana.locator('#signup-demo .field-errors').first()).toBeVisible()
  await ana.reload()
  await expect(stepRow(ana, 'signup-invalid')).toHaveAttribute(
    'data-passed',
    'true',
  )
  await expect(ana.getByTestId('workshop-steps').first()).toContainText(
    '이 브라우저에 보관합니다',
  )

  // Signing up creates the account and merges the browser's progress.
  await learnerSignsUp(ana, anaName)
  await expect(stepRow(ana, 'account')).toHaveAttribute('data-passed', 'true')
  await expect(cohortCell(instructor, anaName, 'account')).toHaveAttribute(
    'data-passed',
    'true',
  )
  await expect(
    cohortCell(instructor, anaName, 'signup-invalid'),
  ).toHaveAttribute('data-passed', 'true')
  await expect(
    cohortCell(instructor, anaName, 'admin-forbidden'),
  ).toHaveAttribute('data-passed', 'false')

  // Ben signs up, then calls the admin Route Handler as a member: 403.
  await learnerSignsUp(ben, benName)
  await openHydrated(ben, '/chapters/where-checks-live')
  await ben
    .getByRole('button', { name: 'GET /api/admin/report 보내기' })
    .click()
  await expect(ben.getByTestId('route-status')).toHaveText('403')
  await expect(stepRow(ben, 'admin-forbidden')).toHaveAttribute(
    'data-passed',
    'true',
  )
  await expect(
    cohortCell(instructor, benName, 'admin-forbidden'),
  ).toHaveAttribute('data-passed', 'true')
  // Ana did not: her cell stays empty.
  await expect(
    cohortCell(instructor, anaName, 'admin-forbidden'),
  ).toHaveAttribute('data-passed', 'false')
})

test('steps done as an example account reach the learner’s own row in the cohort table', async ({
  browser,
}) => {
  const instructor = await (await browser.newContext()).newPage()
  const learner = await (await browser.newContext()).newPage()
  const name = `다온 ${suffix()}`
  await instructorLogsIn(instructor)
  await learnerSignsUp(learner, name)

  // The DTO demo's persona buttons: signed in as the example admin now.
  await signInAt(learner, DTO, ADMIN)
  await expect(stepRow(learner, 'persona-admin')).toHaveAttribute(
    'data-passed',
    'true',
  )
  const steps = learner.getByTestId('workshop-steps').first()
  await expect(steps).toContainText(
    '예시 계정으로 로그인해 있지만, 진행 상황은 ' +
      `이 브라우저에서 로그인했던 내 계정(${name})에 저장됩니다.`,
  )
  await expect(steps).not.toContainText('회원가입')
  for (const step of ['persona-login', 'persona-admin']) {
    await expect(cohortCell(instructor, name, step)).toHaveAttribute(
      'data-passed',
      'true',
    )
  }
})

test('the banner follows the step the instructor sets for the room', async ({
  browser,
}) => {
  const instructor = await (await browser.newContext()).newPage()
  const learner = await (await browser.newContext()).newPage()
  await instructorLogsIn(instructor)
  await openHydrated(learner, '/chapters/proxy')

  for (const [stepId, title, chapter] of [
    ['db-session', '데이터베이스 세션으로 로그인', 'database-sessions'],
    ['admin-forbidden', '관리자 API에서 403 받기', 'where-checks-live'],
  ]) {
    await instructor.getByLabel('방 전체에 보일 단계').selectOption(stepId!)
    await instructor.getByRole('button', { name: '이 단계로 안내' }).click()
    await expect(instructor.locator('#room-step-outcome')).toContainText(title!)
    // The open page polls: no reload.
    const banner = learner.getByTestId('room-banner')
    await expect(banner).toHaveAttribute('data-step', stepId!, {
      timeout: 20_000,
    })
    await expect(banner).toContainText(title!)
    await expect(banner.getByRole('link')).toHaveAttribute(
      'href',
      new RegExp(`^/chapters/${chapter}#`),
    )
  }

  // Taken down: the banner goes away.
  await instructor.getByLabel('방 전체에 보일 단계').selectOption('')
  await instructor.getByRole('button', { name: '이 단계로 안내' }).click()
  await expect(learner.getByTestId('room-banner')).toHaveCount(0, {
    timeout: 20_000,
  })
})

test('reset removes learners, keeps examples and the instructor, backs up first', async ({
  browser,
}) => {
  const learner = await (await browser.newContext()).newPage()
  const email = await learnerSignsUp(learner, `라온 ${suffix()}`)
  const before = storeRows().users
  expect(before.some((u) => u.email === email)).toBe(true)
  const backupsBefore = backupNames()

  const instructor = await (await browser.newContext()).newPage()
  await instructorLogsIn(instructor)
  // A manual backup first: the restore list then offers it.
  await instructor.getByRole('button', { name: '지금 백업' }).click()
  await expect(instructor.locator('#backup-outcome')).toContainText('백업을')
  const manual = backupNames().filter((name) => !backupsBefore.includes(name))
  await expect(instructor.getByLabel('복원할 백업')).toHaveValue(manual[0]!)

  // Without the confirmation word nothing happens.
  await instructor.locator('input[name="confirm"]').first().fill('네')
  await instructor.getByRole('button', { name: '데모 데이터 초기화' }).click()
  await expect(instructor.locator('#reset-outcome')).toContainText(
    '"초기화"라고 써야',
  )
  expect(storeRows().users.some((u) => u.email === email)).toBe(true)

  await instructor.locator('input[name="confirm"]').first().fill('초기화')
  await instructor.getByRole('button', { name: '데모 데이터 초기화' }).click()
  await expect(instructor.locator('#reset-outcome')).toContainText('백업:')

  const after = storeRows().users
  expect(after.filter((u) => !u.persona && !u.instructor)).toEqual([])
  expect(after.filter((u) => u.persona).map((u) => u.email)).toEqual([
    'admin@example.com',
    'minjun@example.com',
    'seoyeon@example.com',
    'doyun@example.com',
    'haeun@example.com',
  ])
  expect(after.filter((u) => u.instructor)).toHaveLength(1)

  const added = backupNames().filter(
    (name) => !backupsBefore.includes(name) && !manual.includes(name),
  )
  expect(added).toHaveLength(1)
  expect(added[0]).toMatch(/-reset\.json$/)
  // The newest backup is the one the restore list shows, not the old one.
  const choice = instructor.getByLabel('복원할 백업')
  await expect(choice).toHaveValue(added[0]!)
  // In the browser's time zone, beside the file name.
  await expect(choice.locator('option').first()).toHaveText(
    new RegExp(`^\\d{4}\\. .+ · ${added[0]!.replace(/\./g, '\\.')}$`),
  )
  await expect(instructor.getByTestId('learner-count')).toHaveText('0')

  const backup = JSON.parse(
    fs.readFileSync(path.join(E2E_DATA_DIR, 'backups', added[0]!), 'utf8'),
  )
  expect(backup.users.some((u: { email: string }) => u.email === email)).toBe(
    true,
  )

  // The learner's page now shows them signed out on the next request.
  await learner.reload()
  await expect(learner.getByTestId('session-badge')).toContainText(
    '로그인하지 않음',
  )

  // Restoring that backup brings the learner back.
  await instructor.getByLabel('복원할 백업').selectOption(added[0]!)
  // The reset's word does not restore: restoring has its own.
  await instructor.locator('input[name="confirm"]').nth(1).fill('초기화')
  await instructor.getByRole('button', { name: '백업에서 복원' }).click()
  await expect(instructor.locator('#restore-outcome')).toContainText(
    '"복원"라고 써야',
  )
  await instructor.locator('input[name="confirm"]').nth(1).fill('복원')
  await instructor.getByRole('button', { name: '백업에서 복원' }).click()
  await expect(instructor.locator('#restore-outcome')).toContainText(
    '복원했습니다',
  )
  expect(storeRows().users.some((u) => u.email === email)).toBe(true)
})

test('an unreadable store: the live views say so in Korean and keep what they had', async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage()
  let broken = false
  const refuse = (error: string) => ({
    status: 503,
    contentType: 'application/json',
    body: JSON.stringify({ error }),
  })
  await page.route('**/api/workshop/room', (route) =>
    broken
      ? route.fulfill(refuse('지금 단계를 읽지 못했습니다.'))
      : route.fulfill({
          json: {
            id: 'logout',
            title: '로그아웃',
            href: '/chapters/sessions#logout',
          },
        }),
  )
  await page.route('**/api/workshop/progress', (route) =>
    broken
      ? route.fulfill(refuse('진행 상황을 읽지 못했습니다.'))
      : route.continue(),
  )
  await openHydrated(page, '/chapters/sessions')
  const banner = page.getByTestId('room-banner')
  await expect(banner).toContainText('로그아웃')
  await expect(page.getByTestId('workshop-steps')).toContainText('통과 ')

  broken = true
  await expect(page.getByTestId('workshop-steps')).toContainText(
    '진행 상황을 읽지 못했습니다. 잠시 후 다시 시도합니다.',
    { timeout: 15_000 },
  )
  await expect(banner).toContainText('새 안내를 받지 못하고 있습니다', {
    timeout: 20_000,
  })
  await expect(banner).toContainText('로그아웃')
})
