import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { CurrentUser } from '@/lib/dal'
import type { UserRow } from '@/lib/store-schema.mjs'

import { setEnv } from './helpers/env'
import { resetRequest } from './helpers/next-request'
import { seededDataDir } from './helpers/store'

const { canSeeEmail, canSeePhone, canSeeRole, getProfileDTOs, toProfileDTO } =
  await import('@/lib/dto')
const { createSession } = await import('@/lib/session')
const { mutateStore } = await import('@/lib/store')
const { findUserByEmail } = await import('@/lib/users')

// Rows and viewers built by hand: the rules are pure functions of the two.
function row(
  id: string,
  role: 'admin' | 'member',
  team: string | null,
  persona = true,
): UserRow {
  return {
    id,
    name: id,
    email: `${id}@example.com`,
    passwordHash: '$2b$10$not-a-real-hash',
    role,
    team,
    phone: `phone-of-${id}`,
    persona,
    createdAt: '2025-01-01T00:00:00.000Z',
  }
}

const viewerOf = (user: UserRow): CurrentUser => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  team: user.team,
  strategy: 'stateless',
})

const admin = row('admin', 'admin', null)
const minjun = row('minjun', 'member', '알파팀')
const seoyeon = row('seoyeon', 'member', '알파팀')
const doyun = row('doyun', 'member', '베타팀')
const loner = row('loner', 'member', null, false)
const otherLoner = row('other-loner', 'member', null, false)

type Rules = { email: boolean; phone: boolean; role: boolean }

function rulesFor(viewer: UserRow, target: UserRow): Rules {
  const who = viewerOf(viewer)
  return {
    email: canSeeEmail(who, target),
    phone: canSeePhone(who, target),
    role: canSeeRole(who, target),
  }
}

const ALL: Rules = { email: true, phone: true, role: true }
const CONTACT_ONLY: Rules = { email: true, phone: true, role: false }
const NOTHING: Rules = { email: false, phone: false, role: false }

describe('who may see which profile field', () => {
  it.each([
    ['the admin', admin, 'a member of 알파팀', minjun],
    ['the admin', admin, 'a member of 베타팀', doyun],
    ['the admin', admin, 'a learner without a team', loner],
  ])('%s sees everything of %s', (_v, viewer, _t, target) => {
    expect(rulesFor(viewer, target)).toEqual(ALL)
  })

  it.each([
    ['the admin', admin],
    ['a member of 알파팀', minjun],
    ['a learner without a team', loner],
  ])('%s sees everything of their own profile', (_v, viewer) => {
    expect(rulesFor(viewer, viewer)).toEqual(ALL)
  })

  it('a teammate sees email and phone, but not the role', () => {
    expect(rulesFor(minjun, seoyeon)).toEqual(CONTACT_ONLY)
    expect(rulesFor(seoyeon, minjun)).toEqual(CONTACT_ONLY)
  })

  it('a member of another team sees neither contact field nor the role', () => {
    expect(rulesFor(minjun, doyun)).toEqual(NOTHING)
    expect(rulesFor(doyun, seoyeon)).toEqual(NOTHING)
  })

  it("a member sees nothing of the admin's profile, though the admin has no team", () => {
    expect(rulesFor(minjun, admin)).toEqual(NOTHING)
    expect(rulesFor(doyun, admin)).toEqual(NOTHING)
  })

  it('a learner without a team is never "the same team" as another without one', () => {
    expect(rulesFor(loner, otherLoner)).toEqual(NOTHING)
    expect(rulesFor(loner, admin)).toEqual(NOTHING)
    expect(rulesFor(loner, minjun)).toEqual(NOTHING)
  })

  it('the admin sees a team-less learner because of the role, not because both teams are null', () => {
    const demotedAdmin = { ...admin, role: 'member' as const }
    expect(rulesFor(admin, otherLoner)).toEqual(ALL)
    expect(rulesFor(demotedAdmin, otherLoner)).toEqual(NOTHING)
  })

  it('a role in the target row grants the viewer nothing', () => {
    const adminTarget = { ...doyun, role: 'admin' as const }
    expect(rulesFor(minjun, adminTarget)).toEqual(NOTHING)
  })
})

describe('toProfileDTO', () => {
  it('nulls each refused field and lists it with its rule', () => {
    const dto = toProfileDTO(viewerOf(minjun), doyun)

    expect(dto).toEqual({
      id: doyun.id,
      name: doyun.name,
      team: '베타팀',
      email: null,
      phone: null,
      role: null,
      hidden: [
        { field: 'email', rule: 'team-or-admin' },
        { field: 'phone', rule: 'team-or-admin' },
        { field: 'role', rule: 'self-or-admin' },
      ],
      isSelf: false,
    })
  })

  it("keeps a teammate's contact fields and hides only the role", () => {
    const dto = toProfileDTO(viewerOf(minjun), seoyeon)

    expect(dto.email).toBe(seoyeon.email)
    expect(dto.phone).toBe(seoyeon.phone)
    expect(dto.role).toBeNull()
    expect(dto.hidden).toEqual([{ field: 'role', rule: 'self-or-admin' }])
  })

  it('hides nothing from the admin, and nothing of the viewer from themselves', () => {
    const forAdmin = toProfileDTO(viewerOf(admin), doyun)
    const forSelf = toProfileDTO(viewerOf(doyun), doyun)

    for (const dto of [forAdmin, forSelf]) {
      expect(dto.hidden).toEqual([])
      expect(dto).toMatchObject({
        email: doyun.email,
        phone: doyun.phone,
        role: 'member',
      })
    }
    expect(forAdmin.isSelf).toBe(false)
    expect(forSelf.isSelf).toBe(true)
  })

  it('never carries the password hash or any field it does not name', () => {
    const dto = toProfileDTO(viewerOf(admin), doyun)

    expect(Object.keys(dto).sort()).toEqual(
      [
        'email',
        'hidden',
        'id',
        'isSelf',
        'name',
        'phone',
        'role',
        'team',
      ].sort(),
    )
    expect(JSON.stringify(dto)).not.toContain(doyun.passwordHash)
  })
})

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
