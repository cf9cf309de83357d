import fs from 'node:fs'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { freshDir, setEnv } from './helpers/env'
import { form, redirectOf, request, resetRequest } from './helpers/next-request'

// The action runs outside Next here: its request APIs are replaced by a
// cookie jar and request headers that each test controls.

const { signup } = await import('@/app/actions/auth')
const { decrypt } = await import('@/lib/session')
const { storeFile } = await import('@/lib/store')
const { findUserByEmail } = await import('@/lib/users')

let restoreEnv: () => void

beforeEach(() => {
  resetRequest()
  restoreEnv = setEnv({
    DATA_DIR: freshDir(),
    SESSION_SECRET: 'unit-test-secret-that-is-longer-than-32-bytes',
  })
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

afterEach(() => {
  restoreEnv()
  vi.restoreAllMocks()
})

describe('the signup action', () => {
  it('returns every field error at once and never opens the store', async () => {
    const state = await signup(undefined, form({ name: ' ', email: 'x' }))

    expect(state?.errors?.name).toEqual(['이름을 입력해 주세요.'])
    expect(state?.errors?.email).toEqual([
      '올바른 이메일 주소를 입력해 주세요.',
    ])
    expect(state?.errors?.password).toEqual(['비밀번호를 입력해 주세요.'])
    expect(state?.trace).toEqual([
      { step: 'validate', ok: false, detail: 'name,email,password' },
    ])
    expect(state?.values).toEqual({ name: ' ', email: 'x' })
    expect(fs.existsSync(storeFile())).toBe(false)
    // No session; only workshop mode's signed progress cookie (record 21).
    expect([...request.jar.keys()]).toEqual(['workshop-progress'])
  })

  it('ignores a file posted where text belongs', async () => {
    const data = form({ email: 'file@example.com', password: 'pass-1234!' })
    data.set('name', new Blob(['not a name']), 'name.txt')

    const state = await signup(undefined, data)

    expect(state?.errors?.name).toEqual(['이름을 입력해 주세요.'])
    expect(fs.existsSync(storeFile())).toBe(false)
  })

  it('creates the user, signs them in with a Lax httpOnly cookie and redirects', async () => {
    const target = await redirectOf(
      signup(
        undefined,
        form({
          name: '새 사람',
          email: 'New@Example.com',
          password: 'pw-1234!',
        }),
      ),
    )

    expect(target).toBe('/chapters/signup#signup-demo')
    const user = await findUserByEmail('new@example.com')
    expect(user?.passwordHash).toMatch(/^\$2b\$10\$/)

    const session = request.jar.get('session')
    expect(session?.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: false,
    })
    const payload = await decrypt(session?.value)
    // Sign-up opens the default, stateless session.
    expect(payload?.strategy).toBe('stateless')
    expect(payload?.strategy === 'stateless' && payload.userId).toBe(user?.id)
    const expires = session?.options.expires as Date
    expect(
      Math.abs(expires.getTime() / 1000 - (payload?.exp ?? 0)),
    ).toBeLessThan(1)
    expect(request.jar.has('last-trace')).toBe(true)
  })

  it('marks the cookie Secure when the request came over https', async () => {
    resetRequest({ 'x-forwarded-proto': 'https' })
    await redirectOf(
      signup(
        undefined,
        form({
          name: '보안 손님',
          email: 'tls@example.com',
          password: 'pw-1234!',
        }),
      ),
    )

    expect(request.jar.get('__Host-session')?.options.secure).toBe(true)
  })

  it('refuses an address that already has an account, without a session', async () => {
    const state = await signup(
      undefined,
      form({ name: '흉내', email: 'minjun@example.com', password: 'pw-1234!' }),
    )

    expect(state?.errors?.email).toEqual([
      '이미 가입된 이메일입니다. 다른 주소를 써 주세요.',
    ])
    expect(request.jar.has('session')).toBe(false)
  })

  it('a store failure: a generic message, no session, the file untouched', async () => {
    const file = storeFile()
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, '{"version": 1, "users": [')
    vi.spyOn(console, 'error').mockImplementation(() => {})

    const state = await signup(
      undefined,
      form({
        name: '불운',
        email: 'unlucky@example.com',
        password: 'pw-1234!',
      }),
    )

    expect(state?.message).toBe(
      '처리하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
    )
    expect(JSON.stringify(state)).not.toMatch(/JSON|SyntaxError|db\.json/)
    expect(request.jar.has('session')).toBe(false)
    expect(fs.readFileSync(file, 'utf8')).toBe('{"version": 1, "users": [')
  })
})
