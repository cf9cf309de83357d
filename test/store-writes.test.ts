import fs from 'node:fs'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { mutateStore, readStore, storeFile, storeWrites } from '@/lib/store'
import { copyForDraft, sameData } from '@/lib/store-draft'
import { createFlusher } from '@/lib/store-flush'

import { setEnv } from './helpers/env'
import { seededDataDir } from './helpers/store'

let restoreEnv: (() => void) | undefined

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

afterEach(() => {
  restoreEnv?.()
  restoreEnv = undefined
  vi.restoreAllMocks()
})

/** A write the test finishes by hand, to see who waits for which write. */
function manualWrites() {
  const pending: { finish: () => void; fail: (error: Error) => void }[] = []
  const write = () =>
    new Promise<void>((finish, fail) => pending.push({ finish, fail }))
  return { write, pending }
}

const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => 'saved',
    (error: Error) => `failed: ${error.message}`,
  )

describe('the store flusher', () => {
  it('lets changes that arrive during a write share the next write', async () => {
    const { write, pending } = manualWrites()
    const flusher = createFlusher(write, () => {})

    const first = settled(flusher.flush())
    const queued = [flusher.flush(), flusher.flush(), flusher.flush()]
    expect(flusher.writes).toBe(1)

    pending[0]?.finish()
    expect(await first).toBe('saved')
    await vi.waitFor(() => expect(pending).toHaveLength(2))
    expect(flusher.writes).toBe(2)

    pending[1]?.finish()
    expect(await Promise.all(queued.map(settled))).toEqual([
      'saved',
      'saved',
      'saved',
    ])
    expect(flusher.writes).toBe(2)
  })

  it('fails a write and the changes queued behind it, and rolls back once', async () => {
    const { write, pending } = manualWrites()
    const rollback = vi.fn()
    const flusher = createFlusher(write, rollback)

    const first = settled(flusher.flush())
    const queued = settled(flusher.flush())
    pending[0]?.fail(new Error('disk full'))

    expect(await first).toBe('failed: disk full')
    expect(await queued).toBe('failed: disk full')
    expect(rollback).toHaveBeenCalledTimes(1)
    expect(flusher.writes).toBe(1)

    // The next change writes again, from the data put back.
    const later = settled(flusher.flush())
    pending[1]?.finish()
    expect(await later).toBe('saved')
  })
})

describe('the store draft', () => {
  it('is a copy: editing a row of the draft leaves the original as it was', async () => {
    restoreEnv = setEnv({ DATA_DIR: await seededDataDir() })
    const data = await readStore()
    const draft = copyForDraft(data)

    expect(sameData(draft, data)).toBe(true)
    const firstUser = draft.users[0]
    if (!firstUser) throw new Error('the seeded store has no users')
    firstUser.name = '바뀐 이름'
    draft.settings.banner = '공지'

    expect(data.users[0]?.name).not.toBe('바뀐 이름')
    expect(data.settings.banner).toBeNull()
    expect(sameData(draft, data)).toBe(false)
  })

  it('tells a removed field and an added row apart from no change', async () => {
    restoreEnv = setEnv({ DATA_DIR: await seededDataDir() })
    const data = await readStore()

    const withoutPhone = copyForDraft(data)
    delete (withoutPhone.users[0] as { phone?: unknown }).phone
    expect(sameData(withoutPhone, data)).toBe(false)

    const longer = copyForDraft(data)
    longer.sessions.push({ ...sessionRow() })
    expect(sameData(longer, data)).toBe(false)
  })
})

function sessionRow() {
  const now = new Date().toISOString()
  return {
    id: 'a'.repeat(64),
    userId: 'someone',
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now,
    userAgent: 'test',
  }
}

describe('mutateStore', () => {
  it('writes 20 concurrent changes to the file in 2 writes, and keeps all 20', async () => {
    restoreEnv = setEnv({ DATA_DIR: await seededDataDir() })
    await readStore()
    const before = await storeWrites()

    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        mutateStore((draft) => {
          draft.sessions.push({
            ...sessionRow(),
            id: i.toString(16).padStart(64, '0'),
          })
        }),
      ),
    )

    expect((await storeWrites()) - before).toBe(2)
    const onDisk = JSON.parse(fs.readFileSync(storeFile(), 'utf8'))
    expect(onDisk.sessions).toHaveLength(20)
    expect((await readStore()).sessions).toHaveLength(20)
  })

  it('writes nothing for a change that changes nothing', async () => {
    restoreEnv = setEnv({ DATA_DIR: await seededDataDir() })
    await readStore()
    const before = await storeWrites()

    const found = await mutateStore((draft) => draft.users.length)

    expect(found).toBe(5)
    expect(await storeWrites()).toBe(before)
  })

  it('puts back the saved data when the file cannot be written, and fails the change', async () => {
    restoreEnv = setEnv({ DATA_DIR: await seededDataDir() })
    await readStore()
    const file = storeFile()
    const bytesBefore = fs.readFileSync(file, 'utf8')
    // lowdb writes a temporary file first; a folder in its place makes the
    // write fail the way a full or broken disk would.
    const blocker = path.join(path.dirname(file), `.${path.basename(file)}.tmp`)
    fs.mkdirSync(blocker)

    const failed = mutateStore((draft) => {
      draft.settings.banner = '실패할 공지'
    })
    await expect(failed).rejects.toThrow()

    expect((await readStore()).settings.banner).toBeNull()
    expect(fs.readFileSync(file, 'utf8')).toBe(bytesBefore)

    fs.rmdirSync(blocker)
    await mutateStore((draft) => {
      draft.settings.banner = '다시 쓴 공지'
    })
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).settings.banner).toBe(
      '다시 쓴 공지',
    )
  })
})
