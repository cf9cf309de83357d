import fs from 'node:fs'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { mutateStore, readStore, storeFile } from '@/lib/store'
import { copyForDraft, shareUnchanged } from '@/lib/store-draft'
import { encodeStore } from '@/lib/store-encode.mjs'

import { setEnv } from './helpers/env'
import { seededDataDir } from './helpers/store'

let restoreEnv: (() => void) | undefined

beforeEach(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  restoreEnv = setEnv({ DATA_DIR: await seededDataDir() })
})

afterEach(() => {
  restoreEnv?.()
  vi.restoreAllMocks()
})

const row = (i: number) =>
  Object.freeze({
    id: `u${i}`,
    name: `학습자 ${i} "따옴표" \\ 😀`,
    email: `user${i}@example.com`,
    team: i % 2 ? null : '알파팀',
    persona: false,
  })

describe('encodeStore', () => {
  it.each([
    ['an empty store', { version: 1, users: [], sessions: [] }],
    [
      'Korean, quotes, backslashes and emoji in rows',
      { version: 1, users: [row(1), row(2)], settings: { banner: '공지' } },
    ],
    [
      'a workshop section and fields JSON leaves out',
      {
        version: 1,
        users: [row(3)],
        settings: { banner: null, gone: undefined },
        workshop: { roomStep: null, progress: [], browsers: [] },
        extra: undefined,
      },
    ],
    ['rows that are not frozen', { version: 1, users: [{ id: 'x' }, null] }],
  ])('gives exactly the bytes of JSON.stringify for %s', (_, data) => {
    expect(encodeStore(data).equals(Buffer.from(JSON.stringify(data)))).toBe(
      true,
    )
  })

  it('still gives the new bytes after a row was replaced by a changed copy', () => {
    const first = { version: 1, users: [row(1), row(2)] }
    encodeStore(first)
    const second = {
      version: 1,
      users: [first.users[0], Object.freeze({ ...row(2), name: '새 이름' })],
    }
    expect(encodeStore(second).toString()).toBe(JSON.stringify(second))
  })
})

describe('a change to the store', () => {
  it('keeps every row it did not touch as the same frozen object', async () => {
    const before = await readStore()
    await mutateStore((draft) => {
      const target = draft.users.find((u) => u.email === 'minjun@example.com')
      if (target) target.name = '김민준 (바뀜)'
    })
    const after = await readStore()

    const changed = after.users.find((u) => u.email === 'minjun@example.com')
    expect(changed?.name).toBe('김민준 (바뀜)')
    for (const [i, user] of after.users.entries()) {
      if (user === changed) continue
      expect(user).toBe(before.users[i])
    }
    expect(after.users.every((u) => Object.isFrozen(u))).toBe(true)
  })

  it('writes the file with what JSON.stringify of the store would give', async () => {
    await mutateStore((draft) => {
      draft.settings.banner = '공지 "하나"'
    })
    const onDisk = fs.readFileSync(storeFile(), 'utf8')
    expect(onDisk).toBe(JSON.stringify(await readStore()))
    expect(fs.statSync(storeFile()).mode & 0o777).toBe(0o600)
  })

  it('refuses an edit of a saved row outside mutateStore', async () => {
    const saved = await readStore()
    const first = saved.users[0] as { name: string }
    expect(() => {
      first.name = 'sneaky'
    }).toThrow(TypeError)
  })

  it('shares nothing it should not: a row the change edited is a new object', async () => {
    const before = await readStore()
    const draft = copyForDraft(before)
    const edited = draft.users[0] as { name: string }
    edited.name = '바뀐 이름'
    const next = shareUnchanged(draft)
    expect(next.users[0]).not.toBe(before.users[0])
    expect(next.users[1]).toBe(before.users[1])
  })
})

describe("the store's folder", () => {
  it('is made 0700 on open even when it already existed with wider rights', async () => {
    const dir = await seededDataDir()
    fs.chmodSync(dir, 0o755)
    restoreEnv?.()
    restoreEnv = setEnv({ DATA_DIR: dir })
    await readStore()
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
    expect(fs.statSync(storeFile()).mode & 0o777).toBe(0o600)
  })
})
