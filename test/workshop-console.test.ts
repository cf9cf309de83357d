import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { form, request, resetRequest } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

// Route Handlers call connection(); outside a request it has nothing to do.
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  connection: async () => {},
}))

const { GET: cohort } = await import('@/app/api/workshop/cohort/route')
const { GET: room } = await import('@/app/api/workshop/room/route')
const { resetRoomAction, setRoomStepAction, restoreRoomAction } =
  await import('@/app/actions/workshop')
const { createSession } = await import('@/lib/session')
const { mutateStore, readStore } = await import('@/lib/store')
const { dataDir } = await import('@/lib/env')
const { createUser, findUserByEmail } = await import('@/lib/users')
const { applyInstructor, planInstructor } =
  await import('@/lib/workshop/ops.mjs')

setUpFreshRequestAndStore()

async function seedInstructor() {
  const plan = await planInstructor([], 'room-password-42')
  await mutateStore((draft) => applyInstructor(draft, plan!.row))
  return plan!.row
}

async function learner() {
  const created = await createUser({
    name: '학습자',
    email: `l-${Math.random().toString(36).slice(2)}@example.com`,
    password: 'learner-pass-1!',
  })
  if (!created.ok) throw new Error('sign-up failed')
  return created.user
}

async function signIn(user: { id: string; role: 'admin' | 'member' }) {
  resetRequest()
  await createSession(user, 'stateless')
}

const storeBytes = () => fs.readFileSync(path.join(dataDir(), 'db.json'))

describe('the cohort Route Handler', () => {
  it('answers 401 signed out, 403 to a learner and to the example admin', async () => {
    await seedInstructor()
    expect((await cohort()).status).toBe(401)

    await signIn(await learner())
    const refused = await cohort()
    expect(refused.status).toBe(403)
    expect(await refused.json()).toEqual({ error: '강사만 쓸 수 있습니다.' })

    await signIn((await findUserByEmail('admin@example.com'))!)
    expect((await cohort()).status).toBe(403)
  })

  it('gives the instructor names and checkpoints, never emails or hashes', async () => {
    const instructor = await seedInstructor()
    const someone = await learner()
    await signIn(instructor)
    const response = await cohort()
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(JSON.parse(text).learners).toEqual([
      {
        id: someone.id,
        name: '학습자',
        joinedAt: someone.createdAt,
        passed: ['account'],
      },
    ])
    expect(text).not.toContain('@example.com')
    expect(text).not.toContain('$2')
  })
})

describe('the console Server Actions', () => {
  it('refuse a learner and the example admin without touching the store', async () => {
    await seedInstructor()
    await learner()
    for (const who of [
      await learner(),
      (await findUserByEmail('admin@example.com'))!,
    ]) {
      await signIn(who)
      const before = storeBytes()
      const confirm = form({ confirm: '초기화', step: 'logout', backup: 'x' })
      for (const action of [
        resetRoomAction,
        setRoomStepAction,
        restoreRoomAction,
      ]) {
        expect(await action(undefined, confirm)).toEqual({
          error: '강사만 할 수 있습니다. 저장소는 그대로입니다.',
        })
      }
      expect(storeBytes().equals(before)).toBe(true)
      expect(fs.existsSync(path.join(dataDir(), 'backups'))).toBe(false)
    }
  })

  it('reset needs the confirmation word, then backs up and removes learners', async () => {
    const instructor = await seedInstructor()
    const someone = await learner()
    await signIn(instructor)

    expect(await resetRoomAction(undefined, form({ confirm: '네' }))).toEqual({
      error: '확인란에 "초기화"라고 써야 초기화합니다.',
    })
    expect((await readStore()).users.some((u) => u.id === someone.id)).toBe(
      true,
    )

    const done = await resetRoomAction(undefined, form({ confirm: '초기화' }))
    expect(done?.ok).toMatch(
      /^학습자 1명, 세션 0개, 진행 기록 0개를 지웠습니다\. 백업: db-.*-reset\.json$/,
    )
    const { users } = await readStore()
    expect(users.filter((u) => u.persona)).toHaveLength(5)
    expect(users.filter((u) => u.instructor)).toHaveLength(1)
    expect(users.some((u) => u.id === someone.id)).toBe(false)

    const [backup] = fs.readdirSync(path.join(dataDir(), 'backups'))
    const saved = JSON.parse(
      fs.readFileSync(path.join(dataDir(), 'backups', backup!), 'utf8'),
    )
    expect(saved.users.some((u: { id: string }) => u.id === someone.id)).toBe(
      true,
    )
    expect(request.refreshes).toBe(1)
  })

  it('sets the room step only to a step that exists', async () => {
    await signIn(await seedInstructor())
    expect(
      await setRoomStepAction(undefined, form({ step: 'no-such-step' })),
    ).toEqual({ error: '그런 단계가 없습니다.' })
    expect(
      await setRoomStepAction(undefined, form({ step: 'logout' })),
    ).toEqual({ ok: '지금 단계: 로그아웃' })
    expect((await readStore()).workshop?.roomStep).toBe('logout')
  })

  it('refuses a missing step field or a file in its place, keeping the banner', async () => {
    await signIn(await seedInstructor())
    await setRoomStepAction(undefined, form({ step: 'logout' }))
    const withFile = new FormData()
    withFile.set('step', new File(['logout'], 'step.txt'))
    for (const crafted of [new FormData(), withFile]) {
      expect(await setRoomStepAction(undefined, crafted)).toEqual({
        error: '단계를 글자로 골라 보내야 합니다. 안내는 그대로입니다.',
      })
    }
    expect((await readStore()).workshop?.roomStep).toBe('logout')
  })

  it('says the store was not changed when the disk refuses the write', async () => {
    await signIn(await seedInstructor())
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    // Nothing can be renamed over a non-empty folder, even as root.
    const file = path.join(dataDir(), 'db.json')
    fs.rmSync(file)
    fs.mkdirSync(path.join(file, 'in-the-way'), { recursive: true })
    expect(
      await setRoomStepAction(undefined, form({ step: 'logout' })),
    ).toEqual({
      error: '저장소를 바꾸지 못했습니다. 서버 기록을 확인해 주세요.',
    })
    expect((await readStore()).workshop?.roomStep ?? null).toBeNull()
    expect(String(errors.mock.calls[0]?.[0])).toContain('room step')
  })
})

describe('restoring a backup from the console', () => {
  it('keeps the instructor of now and puts back the example accounts a backup lacks', async () => {
    const instructor = await seedInstructor()
    await signIn(instructor)
    const someone = await learner()
    const { users } = await readStore()
    // A minimal backup: one learner, an instructor of another time, no
    // example accounts.
    const dir = path.join(dataDir(), 'backups')
    fs.mkdirSync(dir, { recursive: true })
    const old = { ...instructor, id: 'old-teacher', passwordHash: '$2b$10$y' }
    fs.writeFileSync(
      path.join(dir, 'db-1-manual.json'),
      JSON.stringify({
        version: 1,
        users: [users.find((u) => u.id === someone.id), old],
      }),
    )

    // The reset's word does not restore.
    expect(
      await restoreRoomAction(
        undefined,
        form({ backup: 'db-1-manual.json', confirm: '초기화' }),
      ),
    ).toEqual({ error: '확인란에 "복원"라고 써야 복원합니다.' })

    const done = await restoreRoomAction(
      undefined,
      form({ backup: 'db-1-manual.json', confirm: '복원' }),
    )
    expect(done?.ok).toMatch(
      new RegExp(
        '^복원했습니다\\. 복원 전 상태의 백업: db-.*-restore\\.json ' +
          '백업에 없던 예시 계정 5개를 다시 넣었습니다\\.$',
      ),
    )
    const after = await readStore()
    expect(after.users.filter((u) => u.instructor)).toEqual([instructor])
    expect(after.users.filter((u) => u.persona).map((u) => u.email)).toEqual(
      users.filter((u) => u.persona).map((u) => u.email),
    )
    expect(after.users.some((u) => u.id === someone.id)).toBe(true)
    // The instructor's session survived: the console still answers.
    expect((await cohort()).status).toBe(200)
  })

  it('refuses a backup the server would refuse, and changes nothing', async () => {
    await signIn(await seedInstructor())
    const dir = path.join(dataDir(), 'backups')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'db-1-manual.json'),
      JSON.stringify({ version: 1, users: [{ id: '' }] }),
    )
    const before = storeBytes()
    const refused = await restoreRoomAction(
      undefined,
      form({ backup: 'db-1-manual.json', confirm: '복원' }),
    )
    expect(refused?.error).toMatch(
      /^백업 파일 db-1-manual\.json을 쓸 수 없습니다: users\.0\.id 항목의/,
    )
    expect(storeBytes().equals(before)).toBe(true)
  })
})

describe('the room Route Handler', () => {
  it('answers the step for everyone, signed in or not', async () => {
    await signIn(await seedInstructor())
    await setRoomStepAction(undefined, form({ step: 'logout' }))
    resetRequest()
    const response = await room()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      id: 'logout',
      title: '로그아웃',
      href: '/chapters/sessions#logout',
    })
  })

  it('answers a Korean 503, not a bare 500, when the store is damaged', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    fs.writeFileSync(path.join(dataDir(), 'db.json'), '{"version":1,')
    const response = await room()
    expect(response.status).toBe(503)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(await response.json()).toEqual({
      error: '지금 단계를 읽지 못했습니다.',
    })
    expect(String(errors.mock.calls[0]?.[0])).toContain('[workshop] room')
  })
})
