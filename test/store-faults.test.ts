import { spawn } from 'node:child_process'

import { describe, expect, it, vi } from 'vitest'

import { form, redirectOf, request } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'
import { breakWrites } from './helpers/store'

const { login, signup } = await import('@/app/actions/auth')
const { readStore, storeFile } = await import('@/lib/store')
const { checkStoreFile } = await import('@/lib/store-file')

const GENERIC = '처리하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.'

setUpFreshRequestAndStore()

describe('when the disk refuses writes', () => {
  it('a sign-up: the generic Korean message, no account or session, one log line', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const before = (await readStore()).users.length
    const restore = await breakWrites()
    try {
      const state = await signup(
        undefined,
        form({
          name: '디스크',
          email: 'disk-full@example.com',
          password: 'pass-1234!',
        }),
      )
      expect(state?.message).toBe(GENERIC)
      expect(request.jar.has('session')).toBe(false)
      expect((await readStore()).users).toHaveLength(before)
      expect(errors).toHaveBeenCalledTimes(1)
      expect(String(errors.mock.calls[0]?.[0])).toContain('[auth] signup')
    } finally {
      restore()
    }
    // The file on disk never saw the half-done sign-up either.
    const onDisk = checkStoreFile(storeFile())
    expect(onDisk.ok && onDisk.data.users.length).toBe(before)
  })

  it('a database-session login gets the generic message and no cookie', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const restore = await breakWrites()
    try {
      const state = await login(
        undefined,
        form({
          email: 'minjun@example.com',
          password: 'demo-pass-1!',
          strategy: 'database',
        }),
      )
      expect(state?.message).toBe(GENERIC)
      expect(request.jar.has('session')).toBe(false)
      expect((await readStore()).sessions).toHaveLength(0)
      expect(errors).toHaveBeenCalledTimes(1)
    } finally {
      restore()
    }
  })

  it('works again once the disk does, with nothing lost', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const restore = await breakWrites()
    await signup(
      undefined,
      form({
        name: '실패',
        email: 'failed@example.com',
        password: 'pass-1234!',
      }),
    )
    restore()
    await redirectOf(
      signup(
        undefined,
        form({
          name: '성공',
          email: 'later@example.com',
          password: 'pass-1234!',
        }),
      ),
    )
    const emails = (await readStore()).users.map((user) => user.email)
    expect(emails).toContain('later@example.com')
    expect(emails).not.toContain('failed@example.com')
    const onDisk = checkStoreFile(storeFile())
    expect(onDisk.ok && onDisk.data.users.map((u) => u.email)).toEqual(emails)
  })
})

// The store writes through lib/store-file-io.mjs: a temporary file, then a
// rename over the old one. That very writer, killed at random moments in a
// process of its own, must always leave a file that parses and validates.
// Rows are frozen as the store freezes saved rows, so it reuses the bytes
// of the rows already written, as the server does.
const WRITER = `
import { Low } from 'lowdb'
import { StoreFile } from './lib/store-file-io.mjs'
const db = new Low(new StoreFile(process.argv[1]), null)
await db.read()
const filler = 'x'.repeat(2000)
for (let i = 0; ; i++) {
  db.data.users.push(Object.freeze({
    id: 'u' + i, name: filler, email: 'user' + i + '@example.com',
    passwordHash: '$2b$10$' + 'a'.repeat(53), role: 'member', team: null,
    phone: null, persona: false, createdAt: new Date().toISOString(),
  }))
  await db.write()
  if (i === 0) process.stdout.write('writing\\n')
}
`

function killWriterMidWrite(file: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', WRITER, file],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    child.stdout.once('data', () => {
      setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('error', reject)
    child.on('exit', () => resolve())
  })
}

describe('a write interrupted by a crash', () => {
  it('leaves a valid store file every time (10 kills at different moments)', async () => {
    const file = storeFile()
    await readStore() // seeded and on disk
    let lastCount = 0
    for (let round = 0; round < 10; round++) {
      await killWriterMidWrite(file, 20 + round * 37)
      const checked = checkStoreFile(file)
      expect(checked.ok).toBe(true)
      const count = checked.ok ? checked.data.users.length : -1
      // Each kill finds the file at least as full as before: whole writes
      // only, never a step back.
      expect(count).toBeGreaterThanOrEqual(lastCount)
      lastCount = count
    }
    expect(lastCount).toBeGreaterThan(4)
  })
})
