import fs from 'node:fs'

import { expect } from 'vitest'

import type { AdminState } from '@/app/actions/admin'

import { request, resetRequest, sendCookie } from './next-request'

// Actors and checks shared by the admin Server Action tests.
export const { setBanner, setRole } = await import('@/app/actions/admin')
export const { getUser } = await import('@/lib/dal')
export const { createSession, decrypt } = await import('@/lib/session')
export const { readStore, storeFile } = await import('@/lib/store')
export const { createUser, findUserByEmail, findUserById } =
  await import('@/lib/users')

export const NEED_LOGIN = '로그인이 필요합니다.'
export const BANNER_REFUSED =
  '관리자만 공지를 바꿀 수 있습니다. 저장소는 그대로입니다.'
export const ROLE_REFUSED = '관리자만 역할을 바꿀 수 있습니다.'
export const NOT_CHANGEABLE = '바꿀 수 있는 계정이 아닙니다.'
export const ROLE_CHANGED =
  '역할을 바꿨습니다. 그 사람의 다음 요청부터 적용됩니다.'

export async function persona(email: string) {
  const user = await findUserByEmail(email)
  if (!user) throw new Error(`the seeded store has no ${email}`)
  return user
}

/** Signs this user in with a stateless cookie and returns the token. */
export async function signIn(user: { id: string; role: 'admin' | 'member' }) {
  resetRequest()
  await createSession(user, 'stateless')
  const token = request.jar.get('session')?.value
  if (!token) throw new Error('no session cookie')
  return token
}

/** The next request arrives with this cookie and nothing else. */
export function nextRequestWith(token: string) {
  resetRequest()
  sendCookie('session', token)
}

export async function signUpLearner(name = '새 학습자') {
  const created = await createUser({
    name,
    email: `learner-${Math.random().toString(36).slice(2)}@example.com`,
    password: 'learner-pass-1!',
  })
  if (!created.ok) throw new Error('sign-up failed')
  return created.user
}

export const storeBytes = () => fs.readFileSync(storeFile())

/**
 * Runs an action that must refuse: the store file must not change at all,
 * and the page is not refreshed.
 */
export async function refusal(work: () => Promise<AdminState>) {
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
export async function refusalKeepingData(work: () => Promise<AdminState>) {
  await readStore()
  const before = JSON.parse(storeBytes().toString('utf8'))
  const refreshes = request.refreshes
  const state = await work()
  expect(JSON.parse(storeBytes().toString('utf8'))).toEqual(before)
  expect(request.refreshes).toBe(refreshes)
  expect(state?.ok).toBeUndefined()
  return state?.error
}

export const banner = async () => (await readStore()).settings.banner
