import { describe, expect, it } from 'vitest'

import type { UserRow } from '@/lib/store-schema.mjs'

import { row, viewerOf } from './helpers/profile-rows'

const { canSeeEmail, canSeePhone, canSeeRole, toProfileDTO } =
  await import('@/lib/dto')

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

  it('the admin sees a team-less learner by role, not because both teams are null', () => {
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
