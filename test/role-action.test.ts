import { describe, expect, it } from 'vitest'

import {
  BANNER_REFUSED,
  ROLE_REFUSED,
  NOT_CHANGEABLE,
  ROLE_CHANGED,
  persona,
  signIn,
  nextRequestWith,
  signUpLearner,
  refusal,
  refusalKeepingData,
  setBanner,
  setRole,
  getUser,
  decrypt,
  findUserById,
} from './helpers/admin-actors'
import { form, request } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

setUpFreshRequestAndStore()

describe('setRole', () => {
  it('lets the admin promote and demote a learner, refreshing the page each time', async () => {
    const learner = await signUpLearner()
    await signIn(await persona('admin@example.com'))

    const up = await setRole(
      undefined,
      form({ userId: learner.id, role: 'admin' }),
    )
    expect(up).toEqual({ ok: ROLE_CHANGED })
    expect((await findUserById(learner.id))?.role).toBe('admin')
    expect(request.refreshes).toBe(1)

    const down = await setRole(
      undefined,
      form({ userId: learner.id, role: 'member' }),
    )
    expect(down).toEqual({ ok: ROLE_CHANGED })
    expect((await findUserById(learner.id))?.role).toBe('member')
    expect(request.refreshes).toBe(2)
  })

  it.each([
    ['demote the admin persona', 'admin@example.com', 'member'],
    ['promote a member persona', 'minjun@example.com', 'admin'],
  ])(
    'does not let the admin %s, and leaves the store as it was',
    async (_, email, role) => {
      const target = await persona(email)
      await signIn(await persona('admin@example.com'))

      const error = await refusalKeepingData(() =>
        setRole(undefined, form({ userId: target.id, role })),
      )

      expect(error).toBe(NOT_CHANGEABLE)
      expect((await findUserById(target.id))?.role).toBe(target.role)
    },
  )

  it('refuses an unknown account and an unknown role, keeping the data', async () => {
    const learner = await signUpLearner()
    await signIn(await persona('admin@example.com'))

    expect(
      await refusalKeepingData(() =>
        setRole(undefined, form({ userId: 'no-such-id', role: 'admin' })),
      ),
    ).toBe(NOT_CHANGEABLE)
    expect(
      await refusal(() =>
        setRole(undefined, form({ userId: learner.id, role: 'owner' })),
      ),
    ).toBe('역할은 관리자 또는 일반 사용자입니다.')
    expect((await findUserById(learner.id))?.role).toBe('member')
  })

  it('refuses a member, whoever the target is, and leaves the store as it was', async () => {
    const learner = await signUpLearner()
    const minjun = await persona('minjun@example.com')
    const admin = await persona('admin@example.com')
    await signIn(minjun)

    for (const [userId, role] of [
      [learner.id, 'admin'],
      [minjun.id, 'admin'],
      [admin.id, 'member'],
    ] as const) {
      const error = await refusal(() =>
        setRole(undefined, form({ userId, role })),
      )
      expect(error).toBe(ROLE_REFUSED)
    }
    expect((await findUserById(minjun.id))?.role).toBe('member')
    expect((await findUserById(admin.id))?.role).toBe('admin')
  })

  it('refuses a learner who tries to promote their own account', async () => {
    const learner = await signUpLearner()
    await signIn(learner)

    const error = await refusal(() =>
      setRole(undefined, form({ userId: learner.id, role: 'admin' })),
    )

    expect(error).toBe(ROLE_REFUSED)
    expect((await findUserById(learner.id))?.role).toBe('member')
  })

  it('refuses a signed-out caller', async () => {
    const learner = await signUpLearner()

    const error = await refusal(() =>
      setRole(undefined, form({ userId: learner.id, role: 'admin' })),
    )

    expect(error).toBe(ROLE_REFUSED)
  })

  it('gives a promoted learner admin rights, but still none over a persona', async () => {
    const learner = await signUpLearner()
    const admin = await persona('admin@example.com')
    await signIn(admin)
    await setRole(undefined, form({ userId: learner.id, role: 'admin' }))
    await signIn({ ...learner, role: 'admin' })

    const own = await setBanner(
      undefined,
      form({ banner: '수강생 관리자 공지' }),
    )
    const error = await refusalKeepingData(() =>
      setRole(undefined, form({ userId: admin.id, role: 'member' })),
    )

    expect(own?.ok).toBe('공지를 바꿨습니다.')
    expect(error).toBe(NOT_CHANGEABLE)
    expect((await findUserById(admin.id))?.role).toBe('admin')
  })
})

describe('a role change reaches an existing session on its next request', () => {
  it('promotes and then demotes a learner without a new login', async () => {
    const learner = await signUpLearner('역할 바뀌는 학습자')
    const learnerToken = await signIn(learner)
    const adminToken = await signIn(await persona('admin@example.com'))

    nextRequestWith(learnerToken)
    expect((await getUser())?.role).toBe('member')

    nextRequestWith(adminToken)
    await setRole(undefined, form({ userId: learner.id, role: 'admin' }))
    nextRequestWith(learnerToken)
    expect((await getUser())?.role).toBe('admin')

    nextRequestWith(adminToken)
    await setRole(undefined, form({ userId: learner.id, role: 'member' }))
    nextRequestWith(learnerToken)
    expect(await getUser()).toMatchObject({
      id: learner.id,
      name: '역할 바뀌는 학습자',
      role: 'member',
    })
  })

  it('reports the role from the store, not the one the token was signed with', async () => {
    const learner = await signUpLearner()
    const adminToken = await signIn(await persona('admin@example.com'))
    await setRole(undefined, form({ userId: learner.id, role: 'admin' }))
    // The learner signs in while an admin: the token says so.
    const learnerToken = await signIn({ ...learner, role: 'admin' })
    expect(await decrypt(learnerToken)).toMatchObject({ role: 'admin' })

    nextRequestWith(adminToken)
    await setRole(undefined, form({ userId: learner.id, role: 'member' }))
    nextRequestWith(learnerToken)

    expect((await getUser())?.role).toBe('member')
    const refused = await refusal(() =>
      setBanner(undefined, form({ banner: '강등 뒤의 공지' })),
    )
    expect(refused).toBe(BANNER_REFUSED)
  })
})
