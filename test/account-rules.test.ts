import { describe, expect, it } from 'vitest'

import { attemptLogin, form, redirectOf } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

// The account rules of docs/security.md, end to end through the real
// sign-up and login actions: one Unicode form for passwords, typed
// exactly otherwise; one account per address whatever its case.
const { login, signup } = await import('@/app/actions/auth')
const { readStore } = await import('@/lib/store')

const WRONG = '이메일 또는 비밀번호가 올바르지 않습니다.'

async function signUp(email: string, password: string) {
  return signup(undefined, form({ name: '규칙 시험', email, password }))
}

const logIn = (email: string, password: string) =>
  attemptLogin(login, email, password)

setUpFreshRequestAndStore()

describe('passwords', () => {
  // '한글' typed on macOS often arrives decomposed (NFD: jamo), on Windows
  // composed (NFC): different bytes for the same text.
  const composed = '비밀번호한글1!'
  const decomposed = composed.normalize('NFD')

  it('the same password typed decomposed at sign-up and composed at login works', async () => {
    expect(decomposed).not.toBe(composed)
    await redirectOf(signUp('nfd@example.com', decomposed))
    expect(await logIn('nfd@example.com', composed)).toBeUndefined()
  })

  it('and the other way round', async () => {
    await redirectOf(signUp('nfc@example.com', composed))
    expect(await logIn('nfc@example.com', decomposed)).toBeUndefined()
  })

  it('checks the 72-byte limit on the normalised bytes, not on what was typed', async () => {
    const long = `${'가'.repeat(22)}1!` // 68 bytes composed, 134 decomposed
    expect(new TextEncoder().encode(long.normalize('NFD')).length).toBe(134)
    await redirectOf(signUp('long@example.com', long.normalize('NFD')))
    expect(await logIn('long@example.com', long)).toBeUndefined()
  })

  it('is never case-folded', async () => {
    await redirectOf(signUp('case@example.com', 'Secret-pass-1'))
    expect((await logIn('case@example.com', 'secret-pass-1'))?.message).toBe(
      WRONG,
    )
    expect((await logIn('case@example.com', 'SECRET-PASS-1'))?.message).toBe(
      WRONG,
    )
  })

  it('is never trimmed', async () => {
    await redirectOf(signUp('space@example.com', ' pass-1234 '))
    expect((await logIn('space@example.com', 'pass-1234'))?.message).toBe(WRONG)
    expect(await logIn('space@example.com', ' pass-1234 ')).toBeUndefined()
  })
})

describe('email addresses', () => {
  it('hold one account whatever their case or surrounding spaces', async () => {
    await redirectOf(signUp(' Kim.Ha@Example.COM ', 'pass-1234!'))
    const again = await signUp('kim.ha@example.com', 'other-pass-1!')
    expect(again?.errors?.email).toEqual([
      '이미 가입된 이메일입니다. 다른 주소를 써 주세요.',
    ])
    const rows = (await readStore()).users.filter((user) =>
      user.email.startsWith('kim.ha@'),
    )
    expect(rows.map((row) => row.email)).toEqual(['kim.ha@example.com'])
    expect(await logIn('KIM.HA@example.com', 'pass-1234!')).toBeUndefined()
  })
})
