import { z } from 'zod'

// bcrypt only reads the first 72 bytes of a password: anything after them
// would be silently ignored, so two different passwords could match.
export const PASSWORD_MAX_BYTES = 72
export const PASSWORD_MIN_CHARS = 8
export const NAME_MIN_CHARS = 2
export const NAME_MAX_CHARS = 50
// RFC 5321 caps a forward path at 256 octets, so an address at most 254.
export const EMAIL_MAX_CHARS = 254

/** Counts code points, so '김' is one character and so is an emoji. */
export function charCount(value: string): number {
  return Array.from(value).length
}

export function utf8Bytes(value: string): number {
  return new TextEncoder().encode(value).length
}

// Control, format (zero-width, right-to-left override), line separator and
// Hangul filler characters: invisible, or they scramble the page around.
export const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/u

const required = (message: string) =>
  z.string({ error: message }).min(1, { error: message, abort: true })

// #region signup-schema
// Trim and lower-case first, so ' Kim@Example.com ' is checked and stored
// as 'kim@example.com' and one address cannot hold two accounts. Login
// uses the same schema, so the address is looked up the way it was stored.
export const EmailSchema = z
  .string({ error: '이메일을 입력해 주세요.' })
  .trim()
  .toLowerCase()
  .min(1, { error: '이메일을 입력해 주세요.', abort: true })
  .max(EMAIL_MAX_CHARS, {
    error: `이메일은 ${EMAIL_MAX_CHARS}자 이하여야 합니다.`,
    abort: true,
  })
  .pipe(z.email({ error: '올바른 이메일 주소를 입력해 주세요.' }))
  // RFC 5321: at most 64 characters before the @.
  .refine((email) => email.indexOf('@') <= 64, {
    error: '이메일의 @ 앞부분은 64자 이하여야 합니다.',
  })

export const SignupFormSchema = z.object({
  name: z
    .string({ error: '이름을 입력해 주세요.' })
    .trim()
    .normalize('NFC')
    .min(1, { error: '이름을 입력해 주세요.', abort: true })
    .refine((name) => !INVISIBLE.test(name), {
      error: '이름에 줄바꿈, 제어 문자, 보이지 않는 문자는 넣을 수 없습니다.',
      abort: true,
    })
    .refine((name) => charCount(name) >= NAME_MIN_CHARS, {
      error: `이름은 앞뒤 공백을 빼고 ${NAME_MIN_CHARS}자 이상이어야 합니다.`,
    })
    .refine((name) => charCount(name) <= NAME_MAX_CHARS, {
      error: `이름은 ${NAME_MAX_CHARS}자 이하로 입력해 주세요.`,
    }),
  email: EmailSchema,
  // Never trimmed: a space is a legitimate character of a password. One
  // Unicode form (NFC) makes '한' typed on macOS and on Windows the same
  // bytes, so the same password always gives the same hash.
  password: required('비밀번호를 입력해 주세요.')
    .normalize('NFC')
    .refine((pw) => charCount(pw) >= PASSWORD_MIN_CHARS, {
      error: `${PASSWORD_MIN_CHARS}자 이상이어야 합니다.`,
    })
    .regex(/\p{L}/u, { error: '문자(영문 또는 한글)를 하나 이상 넣어 주세요.' })
    .regex(/\p{Nd}/u, { error: '숫자를 하나 이상 넣어 주세요.' })
    .regex(/[^\p{L}\p{N}]/u, {
      error: '특수 문자(예: ! ? # 공백)를 하나 이상 넣어 주세요.',
    })
    .refine((pw) => utf8Bytes(pw) <= PASSWORD_MAX_BYTES, {
      error:
        `UTF-8로 ${PASSWORD_MAX_BYTES}바이트 이하여야 합니다 ` +
        '(영문·숫자는 1바이트, 한글은 한 글자에 3바이트).',
    }),
})

export type SignupInput = z.infer<typeof SignupFormSchema>
// #endregion signup-schema

// #region form-state
export type SignupField = keyof SignupInput

export type FormState =
  | {
      errors?: Partial<Record<SignupField, string[]>>
      message?: string
      // What the learner typed, sent back because React 19 resets a form
      // after its action runs. The password is never sent back.
      values?: { name: string; email: string }
      trace?: TraceStep[]
    }
  | undefined
// #endregion form-state

/** One observable step of a server action, shown in the demo's panel. */
export const TraceStepSchema = z.object({
  step: z.enum([
    'validate',
    'lookup',
    'hash',
    'insert',
    'limit',
    'verify',
    'session',
    'session-end',
    'refresh',
    'logout',
    'redirect',
    'store',
  ]),
  ok: z.boolean(),
  detail: z.string().max(200),
  ms: z.number().int().nonnegative().optional(),
})
export type TraceStep = z.infer<typeof TraceStepSchema>

// #region session-payload
export const SESSION_STRATEGIES = ['stateless', 'database'] as const
export type SessionStrategy = (typeof SESSION_STRATEGIES)[number]

// What a token carries. A stateless token is the session itself; a
// database token only points at a row of the store.
export const SessionClaimsSchema = z.discriminatedUnion('strategy', [
  z.object({
    strategy: z.literal('stateless'),
    userId: z.string().min(1),
    // For optimistic checks only (showing UI); every secure check reads
    // the role from the store.
    role: z.enum(['admin', 'member']),
  }),
  z.object({
    strategy: z.literal('database'),
    sid: z.string().regex(/^[0-9a-f]{32}$/),
  }),
])
export type SessionClaims = z.infer<typeof SessionClaimsSchema>

const TimeClaims = z.object({ iat: z.number().int(), exp: z.number().int() })

export const SessionPayloadSchema = z.intersection(
  SessionClaimsSchema,
  TimeClaims,
)
export type SessionPayload = z.infer<typeof SessionPayloadSchema>
// #endregion session-payload

// #region login-schema
// Login checks only what it must: the rules of sign-up would tell an
// attacker which passwords cannot exist.
export const LoginFormSchema = z.object({
  email: EmailSchema,
  password: required('비밀번호를 입력해 주세요.')
    .normalize('NFC')
    .refine((pw) => utf8Bytes(pw) <= PASSWORD_MAX_BYTES, {
      error: `비밀번호는 ${PASSWORD_MAX_BYTES}바이트를 넘을 수 없습니다.`,
    }),
  strategy: z.enum(SESSION_STRATEGIES, {
    error: '세션 방식을 골라 주세요.',
  }),
})
export type LoginInput = z.infer<typeof LoginFormSchema>

export type LoginState =
  | {
      errors?: Partial<Record<keyof LoginInput, string[]>>
      message?: string
      // The email comes back after an error; the password never does.
      values?: { email: string; strategy: string }
      trace?: TraceStep[]
    }
  | undefined
// #endregion login-schema
