import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, vi } from 'vitest'

import { SignupFormSchema } from '@/lib/definitions'

import { freshDir, setEnv } from './env'

// Seeding hashes every persona's password (bcrypt, ~70 ms each). It is done
// once per test file; each test then gets its own copy of the seeded file.
let template: string | undefined

/** A new DATA_DIR holding a freshly seeded store of its own. */
export async function seededDataDir(): Promise<string> {
  if (!template) {
    const dir = freshDir()
    const restore = setEnv({ DATA_DIR: dir })
    try {
      const { readStore } = await import('@/lib/store')
      await readStore()
    } finally {
      restore()
    }
    template = dir
  }
  const dir = freshDir()
  fs.copyFileSync(path.join(template, 'db.json'), path.join(dir, 'db.json'))
  return dir
}

/**
 * Makes every later write of the store fail, whoever runs the test (root
 * ignores file permissions): the store is written to a temporary file and
 * renamed over db.json, and nothing can be renamed over a non-empty
 * folder. Returns a function that puts the file back.
 */
export async function breakWrites(): Promise<() => void> {
  const { readStore, storeFile } = await import('@/lib/store')
  await readStore() // opened while the file is still there
  const file = storeFile()
  const saved = fs.readFileSync(file)
  fs.rmSync(file)
  fs.mkdirSync(path.join(file, 'in-the-way'), { recursive: true })
  return () => {
    fs.rmSync(file, { recursive: true })
    fs.writeFileSync(file, saved)
  }
}

/** Sign-up input as the form's schema passes it to createUser. */
export function signupInput(
  name: string,
  email: string,
  password = 'pass-1234',
) {
  return SignupFormSchema.parse({ name, email, password })
}

/** The calling file's seeding and sign-ups log a line each: keep it quiet. */
export function quietInfoLogs() {
  beforeAll(() => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
  })
  afterAll(() => {
    vi.restoreAllMocks()
  })
}
