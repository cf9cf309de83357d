import fs from 'node:fs'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { verifyPassword } from '@/lib/password'
import { PERSONA_PASSWORD, PERSONAS } from '@/lib/personas'
import { readStore, storeFile } from '@/lib/store'
import { StoreDataSchema } from '@/lib/store-schema.mjs'
import { createUser, findUserByEmail, findUserById } from '@/lib/users'

import { freshDir, setEnv } from './helpers/env'
import { quietInfoLogs, signupInput } from './helpers/store'

function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777
}

function onDisk(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

let restoreEnv: () => void

quietInfoLogs()

describe('a new store', () => {
  // Not created yet: the store must make the folder itself.
  const dataDir = path.join(freshDir(), 'data')
  const file = path.join(dataDir, 'db.json')

  beforeAll(() => {
    restoreEnv = setEnv({ DATA_DIR: dataDir })
  })
  afterAll(() => restoreEnv())

  it('lives at db.json in DATA_DIR', () => {
    expect(storeFile()).toBe(file)
    expect(fs.existsSync(dataDir)).toBe(false)
  })

  it('is created on first use, with its folder, seeded with the 5 personas', async () => {
    const data = await readStore()
    expect(fs.existsSync(file)).toBe(true)
    expect(data.users.map((user) => user.email)).toEqual(
      PERSONAS.map((persona) => persona.email),
    )
    expect(data.users.every((user) => user.persona)).toBe(true)
    expect(onDisk(file)).toEqual(data)
  })

  it('creates its folder readable by the owner only', () => {
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700)
  })

  it('writes db.json with mode 600', () => {
    expect(modeOf(file)).toBe(0o600)
  })

  it('gives every persona a cost-10 bcrypt hash of the shared demo password', async () => {
    const { users } = await readStore()
    expect(users).toHaveLength(5)
    for (const user of users) {
      expect(user.passwordHash).toMatch(/^\$2b\$10\$/)
      expect(user.passwordHash).not.toContain(PERSONA_PASSWORD)
      expect(await verifyPassword(PERSONA_PASSWORD, user.passwordHash)).toBe(
        true,
      )
    }
  })

  it('gives every persona its own id and salt', async () => {
    const { users } = await readStore()
    expect(new Set(users.map((user) => user.id)).size).toBe(5)
    expect(new Set(users.map((user) => user.passwordHash)).size).toBe(5)
  })

  it('finds a persona by email and by id', async () => {
    const admin = await findUserByEmail('admin@example.com')
    expect(admin?.role).toBe('admin')
    expect(admin && (await findUserById(admin.id))).toEqual(admin)
    expect(await findUserByEmail('nobody@example.com')).toBeUndefined()
    expect(await findUserById('no-such-id')).toBeUndefined()
  })

  it('stores a bcrypt hash, not the password, and the lower-cased email', async () => {
    const result = await createUser(
      signupInput('  새사람  ', ' New.Person@Example.COM ', 'secret-pw-1!'),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return

    expect(result.user).toMatchObject({
      name: '새사람',
      email: 'new.person@example.com',
      role: 'member',
      team: null,
      phone: null,
      persona: false,
    })
    expect(result.user.passwordHash).toMatch(/^\$2b\$10\$/)
    expect(await verifyPassword('secret-pw-1!', result.user.passwordHash)).toBe(
      true,
    )

    const raw = fs.readFileSync(file, 'utf8')
    expect(raw).not.toContain('secret-pw-1!')
    expect(raw).toContain('new.person@example.com')
    expect(await findUserByEmail('new.person@example.com')).toEqual(result.user)
    expect(modeOf(file)).toBe(0o600)
  })

  it('refuses a second account for an email already taken', async () => {
    const before = (await readStore()).users.length
    expect(
      await createUser(signupInput('다른사람', 'NEW.person@example.com')),
    ).toEqual({ ok: false, reason: 'email-taken' })
    expect(
      await createUser(signupInput('가짜관리자', 'admin@example.com')),
    ).toEqual({
      ok: false,
      reason: 'email-taken',
    })
    expect((await readStore()).users).toHaveLength(before)
  })

  it('keeps all 20 of 20 concurrent sign-ups with distinct emails', async () => {
    const before = (await readStore()).users.length
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createUser(signupInput(`동시${i}`, `racer${i}@example.com`)),
      ),
    )
    expect(results.every((result) => result.ok)).toBe(true)

    const { users } = await readStore()
    expect(users).toHaveLength(before + 20)
    for (let i = 0; i < 20; i++) {
      expect(
        users.filter((u) => u.email === `racer${i}@example.com`),
      ).toHaveLength(1)
    }
    const saved = StoreDataSchema.parse(onDisk(file))
    expect(saved.users).toHaveLength(before + 20)
  })

  it('keeps exactly one of 2 concurrent sign-ups with the same email', async () => {
    const results = await Promise.all([
      createUser(signupInput('쌍둥이하나', 'twin@example.com', 'first-pw-1!')),
      createUser(signupInput('쌍둥이둘', 'twin@example.com', 'second-pw-2!')),
    ])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, reason: 'email-taken' },
    ])

    const { users } = await readStore()
    expect(users.filter((u) => u.email === 'twin@example.com')).toHaveLength(1)
    const saved = StoreDataSchema.parse(onDisk(file))
    expect(
      saved.users.filter((u) => u.email === 'twin@example.com'),
    ).toHaveLength(1)
  })

  it('leaves, after all that, a file of valid JSON that matches StoreDataSchema', async () => {
    const parsed = StoreDataSchema.safeParse(onDisk(file))
    expect(parsed.success).toBe(true)
    if (!parsed.success) return
    // 5 personas + 1 + 20 + 1
    expect(parsed.data.users).toHaveLength(27)
    expect(new Set(parsed.data.users.map((u) => u.email)).size).toBe(27)
    expect(new Set(parsed.data.users.map((u) => u.id)).size).toBe(27)
    expect(parsed.data).toEqual(await readStore())
    expect(modeOf(file)).toBe(0o600)
  })
})

describe('an existing store', () => {
  afterEach(() => restoreEnv())

  it('is read back as it is, without seeding again', async () => {
    const dir = freshDir()
    restoreEnv = setEnv({ DATA_DIR: dir })
    const file = path.join(dir, 'db.json')
    const data = {
      version: 1,
      users: [
        {
          id: 'u1',
          name: '홀로',
          email: 'alone@example.com',
          passwordHash:
            '$2b$10$notarealhashnotarealhashnotarealhashnotarealhashnot',
          role: 'member',
          team: null,
          phone: null,
          persona: false,
          createdAt: '2025-01-01T00:00:00.000Z',
        },
      ],
    }
    fs.writeFileSync(file, JSON.stringify(data), { mode: 0o644 })

    // A store from before sessions and settings existed reads with none.
    expect(await readStore()).toEqual({
      ...data,
      sessions: [],
      settings: { banner: null },
    })
    expect(modeOf(file)).toBe(0o600)
  })
})
