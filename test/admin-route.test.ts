import { beforeEach, describe, expect, it } from 'vitest'

import { request, resetRequest, sendCookie } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

const { GET: report } = await import('@/app/api/admin/report/route')
const { POST: forgetCookie } =
  await import('@/app/api/demo/forget-cookie/route')
const { createSession } = await import('@/lib/session')
const { mutateStore, readStore } = await import('@/lib/store')
const { createUser, findUserByEmail } = await import('@/lib/users')

async function signInAs(email: string, strategy: 'stateless' | 'database') {
  const user = await findUserByEmail(email)
  if (!user) throw new Error(`the seeded store has no ${email}`)
  await createSession(user, strategy)
  return user
}

async function answer(response: Response) {
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: await response.json(),
  }
}

setUpFreshRequestAndStore()

describe('GET /api/admin/report', () => {
  it('answers 401 with a Korean error when nobody is signed in', async () => {
    expect(await answer(await report())).toEqual({
      status: 401,
      cacheControl: 'no-store',
      body: { error: '로그인이 필요합니다.' },
    })
  })

  it('answers 401, not a redirect, for a cookie that is not a valid token', async () => {
    sendCookie('session', 'not.a.token')

    const response = await report()

    expect(response.status).toBe(401)
    expect(response.headers.get('location')).toBeNull()
  })

  it.each(['minjun@example.com', 'doyun@example.com'])(
    'answers 403 to the member %s',
    async (email) => {
      await signInAs(email, 'stateless')

      expect(await answer(await report())).toEqual({
        status: 403,
        cacheControl: 'no-store',
        body: { error: '관리자만 볼 수 있습니다.' },
      })
    },
  )

  it('answers 200 with the counts and the banner to the admin', async () => {
    await mutateStore((draft) => {
      draft.settings.banner = '점검 안내'
    })
    await createUser({
      name: '수강생',
      email: 'learner@example.com',
      password: 'learner-pass-1!',
    })
    await signInAs('admin@example.com', 'database')

    expect(await answer(await report())).toEqual({
      status: 200,
      cacheControl: 'no-store',
      body: {
        users: 6,
        learners: 1,
        databaseSessions: 1,
        banner: '점검 안내',
      },
    })
  })

  it('tells the admin nothing about hashes, emails or phones', async () => {
    await signInAs('admin@example.com', 'stateless')

    const text = await (await report()).text()

    expect(text).not.toMatch(/\$2[aby]\$|@example\.com|010-0000/)
  })

  it('answers 401 to an admin whose database session row was deleted', async () => {
    await signInAs('admin@example.com', 'database')
    await mutateStore((draft) => {
      draft.sessions = []
    })

    expect((await report()).status).toBe(401)
  })

  it('answers 403 to an admin demoted in the store, with the same cookie', async () => {
    const admin = await signInAs('admin@example.com', 'stateless')
    await mutateStore((draft) => {
      const row = draft.users.find((u) => u.id === admin.id)
      if (row) row.role = 'member'
    })

    expect((await report()).status).toBe(403)
  })
})

describe('POST /api/demo/forget-cookie', () => {
  const URL_HERE = 'http://localhost:3000/api/demo/forget-cookie'

  // The browser sends Host with every request; the route compares the
  // Origin with it (not with request.url, which says localhost behind
  // `next start` whatever address the room uses).
  function post(headers: Record<string, string>) {
    return forgetCookie(
      new Request(URL_HERE, {
        method: 'POST',
        headers: { host: 'localhost:3000', ...headers },
      }),
    )
  }

  beforeEach(async () => {
    await signInAs('minjun@example.com', 'stateless')
    request.writes.length = 0
  })

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['another port', { origin: 'http://localhost:3001' }],
    ['the Origin "null"', { origin: 'null' }],
    ['no Origin at all', {}],
  ])('refuses %s with 403 and keeps the cookie', async (_, headers) => {
    const cookie = request.jar.get('session')?.value

    const response = await post(headers)

    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({
      error: '다른 사이트의 요청입니다.',
    })
    expect(request.writes).toEqual([])
    expect(request.jar.get('session')?.value).toBe(cookie)
  })

  it('accepts the same site reached by its network address', async () => {
    const response = await post({
      host: '192.0.2.10:3000',
      origin: 'http://192.0.2.10:3000',
    })
    expect(response.status).toBe(204)
  })

  it('deletes the session cookie for the same origin and answers 204 with no body', async () => {
    const response = await post({ origin: 'http://localhost:3000' })

    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(request.writes).toEqual([{ op: 'delete', name: 'session' }])
    expect(request.jar.has('session')).toBe(false)
  })

  it('deletes only the cookie: the store keeps a database session row', async () => {
    resetRequest()
    await signInAs('minjun@example.com', 'database')
    const rows = (await readStore()).sessions.length

    await post({ origin: 'http://localhost:3000' })

    expect(request.jar.has('session')).toBe(false)
    expect((await readStore()).sessions).toHaveLength(rows)
    expect(rows).toBe(1)
  })
})
