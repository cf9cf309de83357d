import { describe, expect, it } from 'vitest'

import { form } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

// A refused tamper or replay hands back what the learner sent, so the box
// shows their text beside the error instead of the old payload or nothing.
const { replayToken, sendTamperedToken } =
  await import('@/app/actions/session-demo')
const { createSession } = await import('@/lib/session')
const { findUserByEmail } = await import('@/lib/users')

setUpFreshRequestAndStore()

describe('a refused demo form keeps what was typed', () => {
  it('the tamper box gets its text back with the error', async () => {
    const minjun = await findUserByEmail('minjun@example.com')
    if (!minjun) throw new Error('the seeded store has no minjun')
    await createSession(minjun, 'stateless')

    for (const payload of ['{not json', '[1, 2]']) {
      const state = await sendTamperedToken(undefined, form({ payload }))
      expect(state).toEqual({
        error: '올바른 JSON 객체가 아닙니다.',
        value: payload,
      })
    }
  })

  it('the replay box gets its text back, cut to what a cookie can hold', async () => {
    const state = await replayToken(undefined, form({ token: 'not-a-jwt' }))
    expect(state?.value).toBe('not-a-jwt')

    const long = `${'a'.repeat(5000)}.b.c`
    const cut = await replayToken(undefined, form({ token: long }))
    expect(cut?.error).toMatch(/너무 깁니다/)
    expect(cut?.value).toBe(long.slice(0, 3800))
  })
})
