import fs from 'node:fs'
import path from 'node:path'

import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from 'vitest'

import { getSessionKey } from '@/lib/secret'
import {
  checkProductionSecret,
  MIN_SECRET_BYTES,
} from '@/lib/secret-policy.mjs'

import { freshDir, setEnv } from './helpers/env'

const cache = globalThis as { __sessionKeys?: unknown }
const decode = (key: Uint8Array) => new TextDecoder().decode(key)

describe('checkProductionSecret', () => {
  it('asks for 32 bytes', () => {
    expect(MIN_SECRET_BYTES).toBe(32)
  })

  it('names SESSION_SECRET when it is missing', () => {
    const problem = checkProductionSecret(undefined)
    expect(problem).toContain('SESSION_SECRET is not set')
    expect(problem).toContain('32 bytes')
  })

  it('names SESSION_SECRET when it is empty', () => {
    expect(checkProductionSecret('')).toContain('SESSION_SECRET is not set')
  })

  it('refuses 31 bytes, saying how long it is', () => {
    expect(checkProductionSecret('x'.repeat(31))).toBe(
      'SESSION_SECRET is 31 bytes long; it must be at least 32 bytes. ' +
        'Generate one with: openssl rand -base64 32',
    )
  })

  it('accepts 32 bytes', () => {
    expect(checkProductionSecret('x'.repeat(32))).toBeNull()
  })

  it('counts bytes, not characters: 11 Korean syllables are 33 bytes', () => {
    expect(checkProductionSecret('한'.repeat(10))).toContain('30 bytes long')
    expect(checkProductionSecret('한'.repeat(11))).toBeNull()
  })
})

describe('getSessionKey', () => {
  let restoreEnv: (() => void) | undefined

  beforeAll(() => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
  })
  afterAll(() => {
    vi.restoreAllMocks()
  })
  afterEach(() => {
    restoreEnv?.()
    restoreEnv = undefined
    delete cache.__sessionKeys
  })

  it('in development without SESSION_SECRET, makes .session-secret (600), reuses it', () => {
    const dir = path.join(freshDir(), 'data')
    restoreEnv = setEnv({
      NODE_ENV: 'development',
      SESSION_SECRET: undefined,
      DATA_DIR: dir,
    })
    const file = path.join(dir, '.session-secret')

    const key = getSessionKey()
    expect(fs.existsSync(file)).toBe(true)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    const stored = fs.readFileSync(file, 'utf8')
    expect(decode(key)).toBe(stored)
    expect(key.length).toBeGreaterThanOrEqual(32)

    // Cached: the same key again.
    expect(getSessionKey()).toEqual(key)

    // After a restart (no cache), read back from the file, not regenerated.
    delete cache.__sessionKeys
    expect(getSessionKey()).toEqual(key)
    expect(fs.readFileSync(file, 'utf8')).toBe(stored)
  })

  it('refuses a hand-edited .session-secret shorter than 32 bytes and keeps the file', () => {
    const dir = freshDir()
    restoreEnv = setEnv({
      NODE_ENV: 'development',
      SESSION_SECRET: undefined,
      DATA_DIR: dir,
    })
    const file = path.join(dir, '.session-secret')
    fs.writeFileSync(file, 'abc')
    expect(() => getSessionKey()).toThrow(
      'holds a secret shorter than 32 bytes',
    )
    expect(fs.readFileSync(file, 'utf8')).toBe('abc')
  })

  it('generates a different secret for a different data folder', () => {
    restoreEnv = setEnv({
      NODE_ENV: 'development',
      SESSION_SECRET: undefined,
      DATA_DIR: freshDir(),
    })
    const first = getSessionKey()
    process.env.DATA_DIR = freshDir()
    const second = getSessionKey()
    expect(decode(second)).not.toBe(decode(first))
  })

  it('uses SESSION_SECRET when it is set, even in development', () => {
    const dir = freshDir()
    const secret = 'a-development-secret-of-32-bytes!!'
    restoreEnv = setEnv({
      NODE_ENV: 'development',
      SESSION_SECRET: secret,
      DATA_DIR: dir,
    })
    expect(decode(getSessionKey())).toBe(secret)
    expect(fs.existsSync(path.join(dir, '.session-secret'))).toBe(false)
  })

  it('refuses a short SESSION_SECRET in development too', () => {
    restoreEnv = setEnv({
      NODE_ENV: 'development',
      SESSION_SECRET: 'too-short',
      DATA_DIR: freshDir(),
    })
    expect(() => getSessionKey()).toThrow('SESSION_SECRET is 9 bytes long')
  })

  it('in production without SESSION_SECRET, throws naming it and writes no file', () => {
    const dir = freshDir()
    restoreEnv = setEnv({
      NODE_ENV: 'production',
      SESSION_SECRET: undefined,
      DATA_DIR: dir,
    })
    expect(() => getSessionKey()).toThrow('SESSION_SECRET is not set')
    expect(fs.existsSync(path.join(dir, '.session-secret'))).toBe(false)
  })

  it('in production with a 31-byte SESSION_SECRET, throws saying how long it is', () => {
    restoreEnv = setEnv({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(31),
      DATA_DIR: freshDir(),
    })
    expect(() => getSessionKey()).toThrow('SESSION_SECRET is 31 bytes long')
  })

  it('in production with a 32-byte SESSION_SECRET, returns it as bytes', () => {
    const secret = 'y'.repeat(32)
    restoreEnv = setEnv({
      NODE_ENV: 'production',
      SESSION_SECRET: secret,
      DATA_DIR: freshDir(),
    })
    expect(getSessionKey()).toEqual(new TextEncoder().encode(secret))
  })
})
