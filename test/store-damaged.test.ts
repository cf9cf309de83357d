import fs from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { readStore, StoreUnreadableError } from '@/lib/store'
import { createUser } from '@/lib/users'

import { freshDir, setEnv } from './helpers/env'
import { quietInfoLogs, signupInput } from './helpers/store'

let restoreEnv: () => void

quietInfoLogs()

describe('a damaged store', () => {
  afterEach(() => restoreEnv())

  async function expectRefused(contents: string, reason: RegExp) {
    const dir = freshDir()
    restoreEnv = setEnv({ DATA_DIR: dir })
    const file = path.join(dir, 'db.json')
    fs.writeFileSync(file, contents)

    const first = readStore()
    await expect(first).rejects.toBeInstanceOf(StoreUnreadableError)
    await expect(first).rejects.toThrow(file)
    await expect(first).rejects.toThrow(reason)
    // It says how to recover: the exact command that moves the file aside.
    await expect(first).rejects.toThrow(`mv "${file}" "${file}.broken-`)
    expect(fs.readFileSync(file, 'utf8')).toBe(contents)

    // A failed open is not cached as a success, nor does a write repair it.
    await expect(readStore()).rejects.toThrow(file)
    await expect(
      createUser(signupInput('누군가', 'someone@example.com')),
    ).rejects.toThrow(file)
    expect(fs.readFileSync(file, 'utf8')).toBe(contents)
  }

  it('refuses an empty file instead of silently seeding over it', async () => {
    await expectRefused('', /it is empty \(0 bytes\)/)
  })

  it('refuses a file of blank lines as empty', async () => {
    await expectRefused('\n\n  \n', /it is empty \(5 bytes\)/)
  })

  it('refuses a file cut short mid-write, saying it may be truncated', async () => {
    const whole = JSON.stringify({ version: 1, users: [], sessions: [] })
    await expectRefused(
      whole.slice(0, 20),
      /not valid JSON \(.*; the file has 20 characters, so it may have been cut short\)/,
    )
  })

  it('refuses a file that is not JSON, naming it, and leaves it byte for byte', async () => {
    await expectRefused('{"version": 1, "users": [', /not valid JSON/)
  })

  it('does not call a complete file with a stray word "cut short"', async () => {
    await expectRefused('hello', /^(?!.*cut short).*not valid JSON/)
  })

  it('names a byte-order mark that an editor put in front of valid JSON', async () => {
    const whole = JSON.stringify({ version: 1, users: [], sessions: [] })
    await expectRefused(`\uFEFF${whole}`, /starts with a byte-order mark/)
  })

  it('refuses a file with a wrong version, naming it, and leaves it unchanged', async () => {
    await expectRefused(
      '{"version":2,"users":[]}\n',
      /shape is wrong at version/,
    )
  })

  it('refuses a file whose user row lacks a field, naming the place', async () => {
    const contents = JSON.stringify(
      { version: 1, users: [{ id: 'u1', name: 'x', email: 'x@example.com' }] },
      null,
      2,
    )
    await expectRefused(contents, /shape is wrong at users\.0\./)
  })

  it('refuses a file holding a JSON array instead of an object', async () => {
    await expectRefused('[]', /shape is wrong at the top level/)
  })
})
