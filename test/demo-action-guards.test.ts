import { describe, expect, it, vi } from 'vitest'

import {
  form,
  redirectOf,
  request,
  resetRequest,
  sendCookie,
} from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'
import { breakWrites } from './helpers/store'

const { logout } = await import('@/app/actions/auth')
const { endOtherSessions, loginAsPersona, restoreToken, sendTamperedToken } =
  await import('@/app/actions/session-demo')
const { createSession, getSession } = await import('@/lib/session')
const { mutateStore, readStore } = await import('@/lib/store')
const { insertSessionRow, newSessionId } = await import('@/lib/session-rows')
const { findUserByEmail } = await import('@/lib/users')
const { readTrace } = await import('@/lib/trace-cookie')

setUpFreshRequestAndStore()

async function signedIn(email: string, strategy: 'stateless' | 'database') {
  const user = await findUserByEmail(email)
  if (!user) throw new Error(`no ${email} in the seeded store`)
  await createSession(user, strategy)
  return user
}

describe('the tamper backup', () => {
  it('is not restored when it is not a token this server signed', async () => {
    await signedIn('minjun@example.com', 'stateless')
    const real = request.jar.get('session')?.value
    sendCookie('session-before-tamper', 'planted.token.value')

    await redirectOf(restoreToken(form({})))

    expect(request.jar.get('session')?.value).toBe(real)
    expect(request.jar.has('session-before-tamper')).toBe(false)
  })

  it('over https is named __Host- and Secure, like the session cookie', async () => {
    resetRequest({ 'x-forwarded-proto': 'https' })
    await signedIn('minjun@example.com', 'stateless')

    await redirectOf(sendTamperedToken(undefined, form({ payload: '{}' })))

    const backup = request.jar.get('__Host-session-before-tamper')
    expect(backup?.options).toMatchObject({ secure: true, httpOnly: true })
    expect(request.jar.has('session-before-tamper')).toBe(false)
  })
})

describe('the example-account shortcut', () => {
  it('does not sign anyone into a learner account that took an example address', async () => {
    await mutateStore((draft) => {
      const row = draft.users.find((u) => u.email === 'admin@example.com')
      if (row) row.persona = false
    })

    const target = await redirectOf(
      loginAsPersona(form({ persona: 'admin', returnTo: '/chapters/proxy' })),
    )

    expect(target).toBe('/chapters/proxy')
    expect(request.jar.has('session')).toBe(false)
  })
})

describe('when the disk refuses writes', () => {
  it('logging out still signs this browser out, with one log line', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    await signedIn('minjun@example.com', 'database')
    const restore = await breakWrites()
    try {
      const target = await redirectOf(logout(form({ returnTo: '/' })))
      expect(target).toBe('/')
      expect(request.jar.has('session')).toBe(false)
      expect(errors).toHaveBeenCalled()
    } finally {
      restore()
    }
  })

  it('ending other sessions returns to the demo, says nothing changed, keeps rows', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const minjun = await signedIn('minjun@example.com', 'database')
    const expiresAt = new Date(Date.now() + 60_000)
    await insertSessionRow(newSessionId(), minjun.id, expiresAt, 'Other/1.0')
    const rows = (await readStore()).sessions.length
    const restore = await breakWrites()
    try {
      const target = await redirectOf(
        endOtherSessions(form({ returnTo: '/chapters/database-sessions' })),
      )
      expect(target).toBe('/chapters/database-sessions')
      expect(await readTrace()).toEqual([
        { step: 'store', ok: false, detail: 'unavailable' },
      ])
      expect((await readStore()).sessions).toHaveLength(rows)
      expect(rows).toBe(2)
      expect(await getSession()).not.toBeNull()
    } finally {
      restore()
    }
  })
})
