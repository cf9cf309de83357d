import bcrypt from 'bcryptjs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { verifyCredentials } from '@/lib/credentials'
import { passwordPool } from '@/lib/password'
import { PERSONA_PASSWORD } from '@/lib/personas'
import { withTrace } from '@/lib/trace'
import { findUserByEmail } from '@/lib/users'

import { setEnv } from './helpers/env'
import { seededDataDir } from './helpers/store'

let restoreEnv: () => void

beforeEach(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  restoreEnv = setEnv({ DATA_DIR: await seededDataDir() })
})

afterEach(() => {
  restoreEnv()
  vi.restoreAllMocks()
})

/** The hash the password pool was asked to compare the password against. */
async function hashComparedFor(email: string, password: string) {
  const run = vi.spyOn(passwordPool(), 'run')
  try {
    await verifyCredentials(email, password)
    expect(run).toHaveBeenCalledTimes(1)
    const [task, options] = run.mock.calls[0] ?? []
    expect(options).toEqual({ name: 'compare' })
    expect(task).toMatchObject({ password })
    return String((task as { hash: unknown }).hash)
  } finally {
    run.mockRestore()
  }
}

describe('verifyCredentials', () => {
  it('returns the user for the right password', async () => {
    const user = await verifyCredentials('minjun@example.com', PERSONA_PASSWORD)

    expect(user?.email).toBe('minjun@example.com')
    expect(user?.id).toBe((await findUserByEmail('minjun@example.com'))?.id)
  })

  it('returns null for a wrong password', async () => {
    expect(
      await verifyCredentials('minjun@example.com', 'wrong-pass-1!'),
    ).toBeNull()
  })

  it('returns null for an unknown email, even with a persona password', async () => {
    expect(
      await verifyCredentials('nobody@example.com', PERSONA_PASSWORD),
    ).toBeNull()
  })

  it('records one failed verify step for an unknown email and a wrong password alike', async () => {
    const unknown = await withTrace(() =>
      verifyCredentials('nobody@example.com', PERSONA_PASSWORD),
    )
    const wrong = await withTrace(() =>
      verifyCredentials('minjun@example.com', 'wrong-pass-1!'),
    )

    for (const { steps } of [unknown, wrong]) {
      expect(steps).toHaveLength(1)
      expect(steps[0]).toMatchObject({
        step: 'verify',
        ok: false,
        detail: 'bcrypt-compare',
      })
    }
  })

  it('checks an unknown email against a real cost-10 hash: bcrypt does full work', async () => {
    const hash = await hashComparedFor('nobody@example.com', PERSONA_PASSWORD)

    expect(hash.startsWith('$2b$10$')).toBe(true)
    expect(hash).toHaveLength(60)
    expect(hash).toMatch(/^\$2b\$10\$[./A-Za-z0-9]{53}$/)
    expect(bcrypt.getRounds(hash)).toBe(10)
    // A well-formed hash is compared, not refused: a wrong guess is false.
    expect(await bcrypt.compare(PERSONA_PASSWORD, hash)).toBe(false)
    // The same dummy for every unknown address, and the same cost as a
    // real account's hash.
    expect(await hashComparedFor('other@example.com', 'x')).toBe(hash)
    const real = await hashComparedFor('minjun@example.com', 'wrong-pass-1!')
    expect(real).not.toBe(hash)
    expect(bcrypt.getRounds(real)).toBe(bcrypt.getRounds(hash))
  })
})
