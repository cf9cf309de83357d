import fs from 'node:fs'

import { beforeEach, describe, expect, it } from 'vitest'

import type { AdminState } from '@/app/actions/admin'

import { form, request, resetRequest, sendCookie } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

const { setBanner, setRole } = await import('@/app/actions/admin')
const { getUser } = await import('@/lib/dal')
const { createSession, decrypt } = await import('@/lib/session')
const { readStore, storeFile } = await import('@/lib/store')
const { createUser, findUserByEmail, findUserById } =
  await import('@/lib/users')

const NEED_LOGIN = '로그인이 필요합니다.'
const BANNER_REFUSED =
  '관리자만 공지를 바꿀 수 있습니다. 저장소는 그대로입니다.'
const ROLE_REFUSED = '관리자만 역할을 바꿀 수 있습니다.'
const NOT_CHANGEABLE = '바꿀 수 있는 계정이 아닙니다.'
const ROLE_CHANGED = '역할을 바꿨습니다. 그 사람의 다음 요청부터 적용됩니다.'

async function persona(email: string) {
  const user = await findUserByEmail(email)
  if (!user) throw new Error(`the seeded store has no ${email}`)
  return user
}

/** Signs this user in with a stateless cookie and returns the token. */
async function signIn(user: { id: string; role: 'admin' | 'member' }) {
  resetRequest()
  await createSession(user, 'stateless')
  const token = request.jar.get('session')?.value
  if (!token) throw new Error('no session cookie')
  return token
}

/** The next request arrives with this cookie and nothing else. */
function nextRequestWith(token: string) {
  resetRequest()
  sendCookie('session', token)
}

async function signUpLearner(name = '새 학습자') {
  const created = await createUser({
    name,
    email: `learner-${Math.random().toString(36).slice(2)}@example.com`,
    password: 'learner-pass-1!',
  })
  if (!created.ok) throw new Error('sign-up failed')
  return created.user
}

const storeBytes = () => fs.readFileSync(storeFile())

/**
 * Runs an action that must refuse: the store file must not change at all,
 * and the page is not refreshed.
 */
async function refusal(work: () => Promise<AdminState>) {
  await readStore() // the file exists and is open before "before"
  const before = storeBytes()
  const refreshes = request.refreshes
  const state = await work()
  expect(storeBytes().equals(before)).toBe(true)
  expect(request.refreshes).toBe(refreshes)
  expect(state?.ok).toBeUndefined()
  return state?.error
}

/**
 * The same for a refusal that still goes through mutateStore (the admin
 * asked for an account that cannot change): the data must be the same.
 * The bytes may not be: see the report on setRole rewriting the file.
 */
async function refusalKeepingData(work: () => Promise<AdminState>) {
  await readStore()
  const before = JSON.parse(storeBytes().toString('utf8'))
  const refreshes = request.refreshes
  const state = await work()
  expect(JSON.parse(storeBytes().toString('utf8'))).toEqual(before)
  expect(request.refreshes).toBe(refreshes)
  expect(state?.ok).toBeUndefined()
  return state?.error
}

const banner = async () => (await readStore()).settings.banner

setUpFreshRequestAndStore()

describe('setBanner as the admin', () => {
  beforeEach(async () => {
    await signIn(await persona('admin@example.com'))
  })

  it('stores the trimmed text as the banner, on disk too, and refreshes the page', async () => {
    const state = await setBanner(undefined, form({ banner: '  점검 안내  ' }))

    expect(state).toEqual({ ok: '공지를 바꿨습니다.' })
    expect(request.refreshes).toBe(1)
    expect(await banner()).toBe('점검 안내')
    expect(JSON.parse(storeBytes().toString('utf8')).settings.banner).toBe(
      '점검 안내',
    )
  })

  it('clears the banner with empty or blank text', async () => {
    for (const text of ['', '   ']) {
      await setBanner(undefined, form({ banner: '지울 공지' }))
      expect(await banner()).toBe('지울 공지')

      const state = await setBanner(undefined, form({ banner: text }))

      expect(state).toEqual({ ok: '공지를 지웠습니다.' })
      expect(await banner()).toBeNull()
    }
  })

  it('accepts exactly 100 characters and refuses 101, leaving the store as it was', async () => {
    const ok = await setBanner(undefined, form({ banner: '가'.repeat(100) }))
    expect(ok?.ok).toBe('공지를 바꿨습니다.')

    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '나'.repeat(101) })),
    )

    expect(error).toBe('공지는 100자 이하로 써 주세요.')
    expect(await banner()).toBe('가'.repeat(100))
  })

  it.each([
    ['a bell (a control character)', '점검\u0007안내'],
    ['a line break inside the text', '점검\n안내'],
    ['a zero-width space', '점검\u200b안내'],
    ['a right-to-left override', '점검\u202e안내'],
    ['a line separator', '점검\u2028안내'],
  ])('refuses text with %s and leaves the store as it was', async (_, text) => {
    const error = await refusal(() =>
      setBanner(undefined, form({ banner: text })),
    )

    expect(error).toBe(
      '공지에 제어 문자나 보이지 않는 문자는 넣을 수 없습니다.',
    )
    expect(await banner()).toBeNull()
  })
})

describe('setBanner refuses everyone but the admin', () => {
  it('refuses a signed-out caller and leaves the store file byte-for-byte unchanged', async () => {
    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '몰래 바꾼 공지' })),
    )

    expect(error).toBe(NEED_LOGIN)
    expect(await banner()).toBeNull()
  })

  it('refuses a member and leaves the store file byte-for-byte unchanged', async () => {
    await signIn(await persona('admin@example.com'))
    await setBanner(undefined, form({ banner: '원래 공지' }))
    await signIn(await persona('minjun@example.com'))

    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '몰래 바꾼 공지' })),
    )

    expect(error).toBe(BANNER_REFUSED)
    expect(await banner()).toBe('원래 공지')
  })

  it('refuses a member even with empty text, which would clear the banner', async () => {
    await signIn(await persona('admin@example.com'))
    await setBanner(undefined, form({ banner: '원래 공지' }))
    await signIn(await persona('doyun@example.com'))

    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '' })),
    )

    expect(error).toBe(BANNER_REFUSED)
    expect(await banner()).toBe('원래 공지')
  })

  it('refuses a token whose payload claims the admin role with the original signature', async () => {
    const token = await signIn(await persona('minjun@example.com'))
    const [header, body, signature] = token.split('.')
    const claims = JSON.parse(
      Buffer.from(body ?? '', 'base64url').toString('utf8'),
    )
    const forged = Buffer.from(
      JSON.stringify({ ...claims, role: 'admin' }),
    ).toString('base64url')
    nextRequestWith(`${header}.${forged}.${signature}`)

    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '위조된 공지' })),
    )

    expect(error).toBe(NEED_LOGIN)
  })
})

describe('setRole', () => {
  it('lets the admin promote a learner and demote them again, refreshing the page each time', async () => {
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
