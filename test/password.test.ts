import fs from 'node:fs'
import { threadId } from 'node:worker_threads'

import { describe, expect, it } from 'vitest'

import {
  BCRYPT_COST,
  hashPassword,
  passwordPool,
  shortenHash,
  verifyPassword,
} from '@/lib/password'

describe('password hashing', () => {
  it('uses bcrypt cost 10', () => {
    expect(BCRYPT_COST).toBe(10)
  })

  it('produces a $2b$10$ hash of 60 characters that does not contain the password', async () => {
    const hash = await hashPassword('pass-1234')
    expect(hash).toMatch(/^\$2b\$10\$[./A-Za-z0-9]{53}$/)
    expect(hash).not.toContain('pass-1234')
  })

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('한글비밀번호1!')
    expect(await verifyPassword('한글비밀번호1!', hash)).toBe(true)
    expect(await verifyPassword('한글비밀번호1?', hash)).toBe(false)
    expect(await verifyPassword('', hash)).toBe(false)
  })

  it('keeps spaces significant', async () => {
    const hash = await hashPassword(' pass-1234 ')
    expect(await verifyPassword(' pass-1234 ', hash)).toBe(true)
    expect(await verifyPassword('pass-1234', hash)).toBe(false)
  })

  it('gives two hashes of the same password different salts, both verifying', async () => {
    const [first, second] = await Promise.all([
      hashPassword('same-pass-1'),
      hashPassword('same-pass-1'),
    ])
    expect(first).not.toBe(second)
    expect(first.slice(0, 29)).not.toBe(second.slice(0, 29))
    expect(await verifyPassword('same-pass-1', first)).toBe(true)
    expect(await verifyPassword('same-pass-1', second)).toBe(true)
  })
})

describe('the password worker pool', () => {
  it('hashes and compares in worker threads, not on the calling thread', async () => {
    const pool = passwordPool()
    const before = pool.completed

    const hash = await hashPassword('worker-pass-1')
    expect(await verifyPassword('worker-pass-1', hash)).toBe(true)

    expect(pool.completed).toBe(before + 2)
    const workerIds = pool.threads.map((thread) => thread.threadId)
    expect(workerIds.length).toBeGreaterThan(0)
    expect(workerIds).not.toContain(threadId)
  })

  // Linux keeps a nice value per thread: the pool's threads lower their
  // own, and the event loop's thread keeps the default.
  it.runIf(process.platform === 'linux')(
    'runs the hashes on threads of lower priority than the main thread',
    async () => {
      await hashPassword('nice-pass-1')
      const niceOf = (tid: string) =>
        Number(
          fs
            .readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
            // Fields after the command name, which is in parentheses.
            .split(') ')[1]
            ?.split(' ')[16],
        )
      const tids = fs.readdirSync('/proc/self/task')
      expect(niceOf(String(process.pid))).toBe(0)
      const lowered = tids.filter((tid) => niceOf(tid) === 10)
      expect(lowered.length).toBeGreaterThanOrEqual(1)
      expect(lowered.length).toBeLessThanOrEqual(passwordPool().threads.length)
    },
  )

  it('is one pool per process, however often it is asked for', () => {
    expect(passwordPool()).toBe(passwordPool())
  })

  it('answers false, not true, for a malformed hash', async () => {
    expect(await verifyPassword('pass-1234', 'not-a-hash')).toBe(false)
  })
})

describe('shortenHash', () => {
  it('keeps the first 15 characters of a hash and hides the rest', async () => {
    const hash = await hashPassword('pass-1234')
    const short = shortenHash(hash)
    expect(short).toBe(`${hash.slice(0, 15)}…`)
    expect(short.startsWith('$2b$10$')).toBe(true)
    expect(short).not.toContain(hash.slice(15))
    expect(short.length).toBeLessThan(hash.length / 2)
  })

  it('leaves a string of 15 characters or fewer as it is', () => {
    expect(shortenHash('short')).toBe('short')
    expect(shortenHash('x'.repeat(15))).toBe('x'.repeat(15))
    expect(shortenHash('x'.repeat(16))).toBe(`${'x'.repeat(15)}…`)
  })
})
