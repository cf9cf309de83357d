import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import {
  charCount,
  EMAIL_MAX_CHARS,
  NAME_MAX_CHARS,
  PASSWORD_MAX_BYTES,
  SignupFormSchema,
  utf8Bytes,
} from '@/lib/definitions'

const valid = {
  name: '김민준',
  email: 'minjun@example.com',
  password: 'pass-1234',
}

const MSG = {
  nameRequired: '이름을 입력해 주세요.',
  nameControl: '이름에 줄바꿈, 제어 문자, 보이지 않는 문자는 넣을 수 없습니다.',
  nameShort: '이름은 앞뒤 공백을 빼고 2자 이상이어야 합니다.',
  nameLong: '이름은 50자 이하로 입력해 주세요.',
  emailRequired: '이메일을 입력해 주세요.',
  emailLong: '이메일은 254자 이하여야 합니다.',
  emailInvalid: '올바른 이메일 주소를 입력해 주세요.',
  passwordRequired: '비밀번호를 입력해 주세요.',
  passwordShort: '8자 이상이어야 합니다.',
  passwordLetter: '문자(영문 또는 한글)를 하나 이상 넣어 주세요.',
  passwordDigit: '숫자를 하나 이상 넣어 주세요.',
  passwordSpecial: '특수 문자(예: ! ? # 공백)를 하나 이상 넣어 주세요.',
  passwordBytes:
    'UTF-8로 72바이트 이하여야 합니다 (영문·숫자는 1바이트, 한글은 한 글자에 3바이트).',
}

type Field = 'name' | 'email' | 'password'

/** The messages of every field, or null when the input is accepted. */
function errorsOf(input: Record<string, unknown>) {
  const result = SignupFormSchema.safeParse(input)
  if (result.success) return null
  return z.flattenError(result.error).fieldErrors
}

/** The messages of one field, given a valid form with that field changed. */
function messagesFor(field: Field, value: unknown): string[] {
  const input: Record<string, unknown> = { ...valid, [field]: value }
  return errorsOf(input)?.[field] ?? []
}

function messagesWithout(field: Field): string[] {
  const input: Record<string, unknown> = { ...valid }
  delete input[field]
  return errorsOf(input)?.[field] ?? []
}

describe('charCount and utf8Bytes', () => {
  it('counts a Korean syllable and an emoji as one character each', () => {
    expect(charCount('김')).toBe(1)
    expect(charCount('😀')).toBe(1)
    expect(charCount('abc')).toBe(3)
  })

  it('counts a Korean syllable as 3 UTF-8 bytes and ASCII as 1', () => {
    expect(utf8Bytes('한')).toBe(3)
    expect(utf8Bytes('a1!')).toBe(3)
    expect(utf8Bytes('한'.repeat(24))).toBe(72)
  })

  it('exposes the limits the messages quote', () => {
    expect(PASSWORD_MAX_BYTES).toBe(72)
    expect(NAME_MAX_CHARS).toBe(50)
    expect(EMAIL_MAX_CHARS).toBe(254)
  })
})

describe('SignupFormSchema: a valid form', () => {
  it('accepts a valid form and returns its values', () => {
    expect(SignupFormSchema.parse(valid)).toEqual(valid)
  })

  it('accepts a two-character Korean name and trims it', () => {
    const result = SignupFormSchema.parse({ ...valid, name: '  김민  ' })
    expect(result.name).toBe('김민')
  })
})

describe('SignupFormSchema: name', () => {
  it('asks for a name when the field is absent', () => {
    expect(messagesWithout('name')).toEqual([MSG.nameRequired])
  })

  it('asks for a name when it is empty', () => {
    expect(messagesFor('name', '')).toEqual([MSG.nameRequired])
  })

  it('asks for a name when it is only whitespace', () => {
    expect(messagesFor('name', '   \t ')).toEqual([MSG.nameRequired])
  })

  it('asks for a name when it is not a string', () => {
    expect(messagesFor('name', 42)).toEqual([MSG.nameRequired])
  })

  it('refuses a name of one character once trimmed', () => {
    expect(messagesFor('name', '  김  ')).toEqual([MSG.nameShort])
  })

  it('refuses a name with a line break inside', () => {
    expect(messagesFor('name', '김\n민준')).toEqual([MSG.nameControl])
  })

  it('refuses a name with a NUL or another control character inside', () => {
    expect(messagesFor('name', '김\u0000민준')).toEqual([MSG.nameControl])
    expect(messagesFor('name', '김\u007f민준')).toEqual([MSG.nameControl])
  })

  it('refuses invisible and direction-changing characters in a name', () => {
    expect(messagesFor('name', '\u200b\u200b\u200b')).toEqual([MSG.nameControl])
    expect(messagesFor('name', '\u202eabc김')).toEqual([MSG.nameControl])
    expect(messagesFor('name', '김\u2028민준')).toEqual([MSG.nameControl])
  })

  it('accepts a name of exactly 50 characters', () => {
    expect(messagesFor('name', '김'.repeat(50))).toEqual([])
  })

  it('refuses a name of 51 characters', () => {
    expect(messagesFor('name', '김'.repeat(51))).toEqual([MSG.nameLong])
  })
})

describe('SignupFormSchema: email', () => {
  it('asks for an email when the field is absent', () => {
    expect(messagesWithout('email')).toEqual([MSG.emailRequired])
  })

  it('asks for an email when it is empty', () => {
    expect(messagesFor('email', '')).toEqual([MSG.emailRequired])
  })

  it('asks for an email when it is only whitespace', () => {
    expect(messagesFor('email', '   ')).toEqual([MSG.emailRequired])
  })

  it('refuses an address that is not an email', () => {
    expect(messagesFor('email', 'not-an-email')).toEqual([MSG.emailInvalid])
    expect(messagesFor('email', 'kim@')).toEqual([MSG.emailInvalid])
    expect(messagesFor('email', '@example.com')).toEqual([MSG.emailInvalid])
  })

  it('refuses an address of 255 characters with the length message only', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(186)}.com`
    expect(email).toHaveLength(255)
    expect(messagesFor('email', email)).toEqual([MSG.emailLong])
  })

  it('refuses more than 64 characters before the @', () => {
    const local65 = `${'a'.repeat(65)}@example.com`
    expect(messagesFor('email', local65)).toEqual([
      '이메일의 @ 앞부분은 64자 이하여야 합니다.',
    ])
    expect(messagesFor('email', `${'a'.repeat(64)}@example.com`)).toEqual([])
  })

  it('trims and lower-cases the address', () => {
    const result = SignupFormSchema.parse({
      ...valid,
      email: ' Kim@Example.COM ',
    })
    expect(result.email).toBe('kim@example.com')
  })
})

describe('SignupFormSchema: password', () => {
  it('asks for a password when the field is absent', () => {
    expect(messagesWithout('password')).toEqual([MSG.passwordRequired])
  })

  it('asks for a password, and only that, when it is empty', () => {
    expect(messagesFor('password', '')).toEqual([MSG.passwordRequired])
  })

  it('refuses a password of 7 characters', () => {
    expect(messagesFor('password', 'abc-123')).toEqual([MSG.passwordShort])
  })

  it('accepts a password of exactly 8 characters', () => {
    expect(messagesFor('password', 'abcd-123')).toEqual([])
  })

  it('refuses a password without a letter', () => {
    expect(messagesFor('password', '1234-5678')).toEqual([MSG.passwordLetter])
  })

  it('refuses a password without a digit', () => {
    expect(messagesFor('password', 'abcd-efgh')).toEqual([MSG.passwordDigit])
  })

  it('refuses a password without a special character', () => {
    expect(messagesFor('password', 'abcd12345')).toEqual([MSG.passwordSpecial])
  })

  it('counts Korean letters as letters', () => {
    expect(messagesFor('password', '한글비밀번호1!')).toEqual([])
  })

  it('counts a space as a special character', () => {
    expect(messagesFor('password', 'abcd 1234')).toEqual([])
  })

  it('keeps leading and trailing spaces of the password', () => {
    const result = SignupFormSchema.parse({
      ...valid,
      password: '  pass-1234  ',
    })
    expect(result.password).toBe('  pass-1234  ')
  })

  it('accepts 72 ASCII bytes and refuses 73', () => {
    const at72 = `a1!${'x'.repeat(69)}`
    const at73 = `a1!${'x'.repeat(70)}`
    expect(utf8Bytes(at72)).toBe(72)
    expect(messagesFor('password', at72)).toEqual([])
    expect(messagesFor('password', at73)).toEqual([MSG.passwordBytes])
  })

  it('accepts a Korean password of 26 characters that is exactly 72 bytes', () => {
    const password = `${'한'.repeat(23)}1!a`
    expect(charCount(password)).toBe(26)
    expect(utf8Bytes(password)).toBe(72)
    expect(messagesFor('password', password)).toEqual([])
  })

  it('refuses a Korean password of 27 characters that is 73 bytes', () => {
    const password = `${'한'.repeat(23)}1!ab`
    expect(charCount(password)).toBe(27)
    expect(utf8Bytes(password)).toBe(73)
    expect(messagesFor('password', password)).toEqual([MSG.passwordBytes])
  })

  it('refuses 24 Korean characters plus a digit and a sign: 26 characters but 74 bytes', () => {
    const password = `${'한'.repeat(24)}1!`
    expect(charCount(password)).toBe(26)
    expect(utf8Bytes(password)).toBe(74)
    expect(messagesFor('password', password)).toEqual([MSG.passwordBytes])
  })

  it('reports several password problems at once', () => {
    expect(messagesFor('password', 'abc')).toEqual([
      MSG.passwordShort,
      MSG.passwordDigit,
      MSG.passwordSpecial,
    ])
  })

  it('reports problems of several fields at once', () => {
    expect(errorsOf({ name: '', email: 'nope', password: '1234567' })).toEqual({
      name: [MSG.nameRequired],
      email: [MSG.emailInvalid],
      password: [MSG.passwordShort, MSG.passwordLetter, MSG.passwordSpecial],
    })
  })
})
