import { describe, expect, it } from 'vitest'

import {
  form,
  redirectOf,
  request,
  resetRequest,
  sendCookie,
} from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

const { logout } = await import('@/app/actions/auth')
const { createSession } = await import('@/lib/session')
const { readStore } = await import('@/lib/store')
const { createUser, findUserByEmail } = await import('@/lib/users')
const {
  markCheckpoint,
  markInBrowser,
  mergeVisitorProgress,
  passedCheckpoints,
  readMyProgress,
  recordLogin,
} = await import('@/lib/workshop/progress')
const { VISITOR_PROGRESS_COOKIE, readVisitorProgress } =
  await import('@/lib/workshop/visitor-progress')

setUpFreshRequestAndStore()

async function newLearner() {
  const created = await createUser({
    name: '학습자',
    email: `p-${Math.random().toString(36).slice(2)}@example.com`,
    password: 'learner-pass-1!',
  })
  if (!created.ok) throw new Error('sign-up failed')
  return created.user
}

/** The next request carries only what this one left in the jar. */
function carryCookies() {
  const kept = [...request.jar].map(([name, c]) => [name, c.value] as const)
  resetRequest()
  for (const [name, value] of kept) sendCookie(name, value)
}

describe('checkpoints', () => {
  it('a signed-in learner’s checkpoint is a row in the store', async () => {
    const learner = await newLearner()
    await createSession(learner)
    carryCookies()
    await markCheckpoint('admin-forbidden')
    await markCheckpoint('admin-forbidden') // once is enough
    const data = await readStore()
    expect(
      data.workshop?.progress.filter((row) => row.userId === learner.id),
    ).toHaveLength(1)
    expect(passedCheckpoints(data, learner.id)).toEqual([
      'account',
      'admin-forbidden',
    ])
  })

  it('a refusal leaves the store alone; the learner’s next progress read moves it in', async () => {
    const learner = await newLearner()
    await createSession(learner)
    carryCookies()
    const before = JSON.stringify(await readStore())
    await markInBrowser('admin-forbidden')
    expect(JSON.stringify(await readStore())).toBe(before)

    carryCookies()
    expect((await readMyProgress()).passed).toEqual([
      'account',
      'admin-forbidden',
    ])
    carryCookies()
    expect((await readVisitorProgress()).passed).toEqual([])
    expect(passedCheckpoints(await readStore(), learner.id)).toContain(
      'admin-forbidden',
    )
  })

  it('a visitor’s checkpoints stay in a signed cookie, not in the store', async () => {
    await markCheckpoint('signup-invalid')
    expect(request.jar.get(VISITOR_PROGRESS_COOKIE)?.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
    })
    expect((await readStore()).workshop).toBeUndefined()
    carryCookies()
    expect(await readMyProgress()).toEqual({
      kind: 'visitor',
      name: null,
      persona: false,
      passed: ['signup-invalid'],
    })
  })

  it('a forged progress cookie counts for nothing', async () => {
    const fake = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(
      JSON.stringify({ cp: ['admin-forbidden'], aud: 'workshop-progress' }),
    ).toString('base64url')}.AAAA`
    sendCookie(VISITOR_PROGRESS_COOKIE, fake)
    expect((await readMyProgress()).passed).toEqual([])
  })

  it('signed in as a shared example account, progress stays in the browser', async () => {
    const persona = await findUserByEmail('minjun@example.com')
    await createSession(persona!)
    carryCookies()
    await markCheckpoint('action-refused')
    expect((await readStore()).workshop).toBeUndefined()
    expect(request.jar.has(VISITOR_PROGRESS_COOKIE)).toBe(true)
  })

  it('the browser’s progress merges into the new account; the cookie empties', async () => {
    await markCheckpoint('signup-invalid')
    carryCookies()
    await markCheckpoint('persona-admin')
    carryCookies()
    const { browserId } = await readVisitorProgress()
    const learner = await newLearner()
    await mergeVisitorProgress(learner)
    expect(passedCheckpoints(await readStore(), learner.id)).toEqual([
      'signup-invalid',
      'account',
      'persona-admin',
    ])
    carryCookies()
    expect(await readVisitorProgress()).toEqual({
      passed: [],
      browserId,
      ownAccount: learner.id,
    })
    expect((await readStore()).workshop?.browsers).toEqual([
      { id: browserId, userId: learner.id },
    ])
  })
})

describe('the logout checkpoint', () => {
  it('is not marked by a logout without a session', async () => {
    expect(await redirectOf(logout(form({})))).toBe('/')
    expect(request.jar.has(VISITOR_PROGRESS_COOKIE)).toBe(false)
    expect(await readMyProgress()).toMatchObject({ passed: [] })
  })

  it('is marked when a session really ended', async () => {
    const learner = await newLearner()
    await createSession(learner)
    carryCookies()
    await redirectOf(logout(form({})))
    expect(passedCheckpoints(await readStore(), learner.id)).toContain('logout')
  })
})

describe('a learner signed in as an example account (chapters 4-6)', () => {
  it('is credited in their own account, and the page says whose it is', async () => {
    const learner = await newLearner()
    await createSession(learner)
    await recordLogin(learner, 'stateless')
    carryCookies()

    // The persona buttons: a new session as the example admin.
    const admin = (await findUserByEmail('admin@example.com'))!
    await createSession(admin)
    await recordLogin(admin, 'stateless')
    carryCookies()
    await markInBrowser('action-refused') // a refusal: the cookie first
    carryCookies()

    expect(await readMyProgress()).toEqual({
      kind: 'remembered',
      name: '학습자',
      persona: true,
      passed: [
        'account',
        'login-own',
        'persona-login',
        'persona-admin',
        'action-refused',
      ],
    })
    // The instructor's view reads the same rows.
    expect(passedCheckpoints(await readStore(), learner.id)).toContain(
      'persona-admin',
    )
    expect(passedCheckpoints(await readStore(), admin.id)).toEqual([])
  })
})

describe('a progress cookie copied into another browser', () => {
  it('moves nothing into a second account; that browser gets an id of its own', async () => {
    await markCheckpoint('signup-invalid')
    const copied = request.jar.get(VISITOR_PROGRESS_COOKIE)!.value
    carryCookies()
    const first = await newLearner()
    await mergeVisitorProgress(first)
    expect(passedCheckpoints(await readStore(), first.id)).toContain(
      'signup-invalid',
    )

    // Another browser, with the same cookie value pasted in.
    resetRequest()
    sendCookie(VISITOR_PROGRESS_COOKIE, copied)
    const copiedId = (await readVisitorProgress()).browserId
    const second = await newLearner()
    await mergeVisitorProgress(second)
    expect(passedCheckpoints(await readStore(), second.id)).toEqual(['account'])
    carryCookies()
    const now = await readVisitorProgress()
    expect(now.browserId).not.toBe(copiedId)
    expect(now).toMatchObject({ passed: [], ownAccount: second.id })
  })
})
