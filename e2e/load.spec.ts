import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { E2E_DATA_DIR } from '../playwright.config'

import { formFields, postForm, type RawResponse } from './attack-client'
import { storedDb } from './authz-helpers'

// Many sign-ups and database logins at once, from a second process on
// loopback: every write the server acknowledged must be in the file
// afterwards, once, and nothing may fail with a 5xx. `npm test` runs a
// small room; `npm run test:load` the full 200 sign-ups and 1,000 logins.
const SIGNUPS = Number(process.env.LOAD_SIGNUPS ?? 40)
const LOGINS = Number(process.env.LOAD_LOGINS ?? 100)
const PERSONAS = ['minjun', 'seoyeon', 'doyun', 'haeun']

type StoredSession = { userId: string }

test('concurrent sign-ups and logins: every acknowledged write lands once, no 5xx', async ({
  browser,
}) => {
  test.setTimeout(15 * 60_000)
  const signup = await formFields(
    browser,
    '/chapters/signup',
    '#signup-demo form',
  )
  const login = await formFields(
    browser,
    '/login',
    'form:has(input[name="password"])',
  )
  // Run on its own, the store may not exist yet: it is seeded on first use.
  const sessionsBefore = fs.existsSync(path.join(E2E_DATA_DIR, 'db.json'))
    ? ((storedDb() as { sessions?: StoredSession[] }).sessions?.length ?? 0)
    : 0
  const run = `${Date.now()}`
  const emails = Array.from(
    { length: SIGNUPS },
    (_, i) => `load-${run}-${i}@example.com`,
  )

  const started = performance.now()
  const signups = emails.map((email, i) =>
    postForm(
      '/chapters/signup',
      signup,
      { name: `부하 ${i}`, email, password: 'pass-1234!' },
      { from: `127.0.1.${(i % 250) + 1}` },
    ),
  )
  const logins = Array.from({ length: LOGINS }, (_, i) =>
    postForm(
      '/login',
      login,
      {
        email: `${PERSONAS[i % PERSONAS.length]}@example.com`,
        password: 'demo-pass-1!',
        strategy: 'database',
      },
      { from: `127.0.2.${(i % 250) + 1}` },
    ),
  )
  const signedUp: RawResponse[] = await Promise.all(signups)
  const loggedIn: RawResponse[] = await Promise.all(logins)
  const seconds = (performance.now() - started) / 1000

  const statuses = [...signedUp, ...loggedIn].map((r) => r.status)
  console.log(
    `[load] ${SIGNUPS} sign-ups + ${LOGINS} database logins in ` +
      `${seconds.toFixed(1)} s ` +
      `(${((SIGNUPS + LOGINS) / seconds).toFixed(1)} requests/s); statuses: ` +
      JSON.stringify(countBy(statuses)),
  )
  expect(statuses.filter((status) => status >= 500)).toEqual([])

  const acknowledged = emails.filter((_, i) => signedUp[i]?.status === 303)
  expect(acknowledged).toHaveLength(SIGNUPS)
  const db = storedDb() as ReturnType<typeof storedDb> & {
    sessions: StoredSession[]
  }
  for (const email of acknowledged) {
    expect(db.users.filter((user) => user.email === email)).toHaveLength(1)
  }
  const loginsAcknowledged = loggedIn.filter((r) => r.status === 303).length
  expect(loginsAcknowledged).toBe(LOGINS)
  expect(db.sessions.length - sessionsBefore).toBe(loginsAcknowledged)
})

function countBy(values: number[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
