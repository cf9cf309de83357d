import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { setEnv } from './helpers/env'
import { resetRequest } from './helpers/next-request'
import { row, viewerOf } from './helpers/profile-rows'
import { seededDataDir } from './helpers/store'

const { getProfileDTOs } = await import('@/lib/dto')
const { createSession } = await import('@/lib/session')
const { mutateStore } = await import('@/lib/store')
const { findUserByEmail } = await import('@/lib/users')

describe('getProfileDTOs', () => {
  let restoreEnv: () => void

  beforeEach(async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {})
    resetRequest()
    restoreEnv = setEnv({
      DATA_DIR: await seededDataDir(),
      SESSION_SECRET: 'unit-test-secret-that-is-longer-than-32-bytes',
    })
  })

  afterEach(() => {
    restoreEnv()
    vi.restoreAllMocks()
  })

  async function persona(email: string) {
    const user = await findUserByEmail(email)
    if (!user) throw new Error(`the seeded store has no ${email}`)
    return user
  }

  it('returns null when nobody is signed in', async () => {
    expect(await getProfileDTOs()).toBeNull()
  })

  it("shows the five example accounts as the signed-in member's rules allow", async () => {
    await createSession(await persona('minjun@example.com'), 'stateless')

    const profiles = (await getProfileDTOs()) ?? []

    const byName = Object.fromEntries(profiles.map((p) => [p.name, p]))
    expect(Object.keys(byName).sort()).toEqual(
      ['한지우', '김민준', '이서연', '박도윤', '최하은'].sort(),
    )
    expect(byName['김민준']).toMatchObject({
      isSelf: true,
      phone: '010-0000-0002',
      role: 'member',
    })
    expect(byName['이서연']).toMatchObject({
      phone: '010-0000-0003',
      email: 'seoyeon@example.com',
      role: null,
    })
    for (const name of ['한지우', '박도윤', '최하은']) {
      expect(byName[name]).toMatchObject({ email: null, phone: null })
    }
    expect(profiles.filter((p) => p.role !== null)).toHaveLength(1)
  })

  it('shows the admin every field of every example account', async () => {
    await createSession(await persona('admin@example.com'), 'stateless')

    const profiles = (await getProfileDTOs()) ?? []

    expect(profiles).toHaveLength(5)
    expect(profiles.flatMap((p) => p.hidden)).toEqual([])
    expect(profiles.map((p) => p.phone).sort()).toEqual([
      '010-0000-0001',
      '010-0000-0002',
      '010-0000-0003',
      '010-0000-0004',
      '010-0000-0005',
    ])
  })

  it("adds the viewer's own learner row, and no other learner's", async () => {
    const other = {
      ...row('other-learner', 'member', null, false),
      email: 'other@example.com',
    }
    const mine = {
      ...row('my-learner', 'member', null, false),
      email: 'mine@example.com',
    }
    await mutateStore((draft) => {
      draft.users.push(other, mine)
    })
    await createSession(mine, 'stateless')

    const profiles = (await getProfileDTOs()) ?? []

    expect(profiles.map((p) => p.id)).toContain(mine.id)
    expect(profiles.map((p) => p.id)).not.toContain(other.id)
    expect(profiles.find((p) => p.id === mine.id)).toMatchObject({
      isSelf: true,
      email: 'mine@example.com',
      role: 'member',
    })
    // A learner without a team is on nobody's team: the admin included.
    expect(profiles.filter((p) => !p.isSelf).map((p) => p.phone)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })

  it('takes the viewer from the session, whatever the caller passes', async () => {
    const adminRow = await persona('admin@example.com')
    await createSession(await persona('doyun@example.com'), 'stateless')

    const asIfAdmin = getProfileDTOs as (
      ...args: unknown[]
    ) => ReturnType<typeof getProfileDTOs>
    const profiles = (await asIfAdmin(viewerOf(adminRow), adminRow)) ?? []

    const self = profiles.find((p) => p.isSelf)
    expect(self?.name).toBe('박도윤')
    expect(profiles.find((p) => p.name === '김민준')?.phone).toBeNull()
    expect(profiles.find((p) => p.name === '최하은')?.phone).toBe(
      '010-0000-0005',
    )
  })

  it('returns null for a signed-out caller who passes a viewer', async () => {
    const adminRow = await persona('admin@example.com')
    const asIfAdmin = getProfileDTOs as (
      ...args: unknown[]
    ) => ReturnType<typeof getProfileDTOs>

    expect(await asIfAdmin(viewerOf(adminRow))).toBeNull()
  })
})
