'use server'

import { decodeJwt } from 'jose'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { PERSONAS } from '@/lib/personas'
import {
  createSession,
  decrypt,
  getSession,
  updateSession,
} from '@/lib/session'
import {
  cookieExpiryFromExp,
  deleteTamperBackup,
  PLANTED_COOKIE_MS,
  readSessionToken,
  readTamperBackup,
  writeSessionCookie,
  writeTamperBackup,
} from '@/lib/session-cookie'
import { deleteOtherSessionRows, deleteSessionRow } from '@/lib/session-rows'
import { withTrace } from '@/lib/trace'
import { findUserByEmail } from '@/lib/users'
import { clearTrace } from '@/lib/trace-cookie'
import { markCheckpoint, recordLogin } from '@/lib/workshop/progress'

import {
  field,
  demoAction,
  forgetDemoCookies,
  redirectWithTrace,
  returnPath,
} from './form-helpers'

// The session demos of chapters 2 and 3. Each changes only the learner's
// own cookie or their own rows, and sends them back to the demo.
const FALLBACK = '/chapters/sessions#login-demo'
const PERSONA_FALLBACK = '/demo/dashboard'

/** `value`: what the learner sent, put back in the box with the error. */
export type DemoState = { error?: string; value?: string } | undefined

// Browsers drop a cookie over about 4 KB without a word: refuse first.
const MAX_COOKIE_CHARS = 3800
const TOO_BIG =
  '토큰이 너무 깁니다. 쿠키는 약 4KB까지만 브라우저가 받아 줍니다.'

// #region refresh-action
export const refreshSession = demoAction(FALLBACK, async (formData) => {
  // Extended or not, the trace says which: a failed extension must not
  // leave the previous action's steps on show.
  const { steps } = await withTrace(() => updateSession())
  return redirectWithTrace(steps, returnPath(formData, FALLBACK))
})
// #endregion refresh-action

// #region end-session-actions
export const endSession = demoAction(FALLBACK, async (formData) => {
  const session = await getSession()
  const rowId = field(formData, 'rowId') ?? ''
  // The row must belong to the caller: deleteSessionRow checks the owner.
  const ended = session && (await deleteSessionRow(rowId, session.userId))
  // workshop mode: ending another device's session is a checkpoint
  if (ended && rowId !== session.rowId) {
    await markCheckpoint('end-other-session')
  }
  await clearTrace()
  redirect(returnPath(formData, FALLBACK))
})

export const endOtherSessions = demoAction(FALLBACK, async (formData) => {
  const session = await getSession()
  if (session?.rowId) {
    const ended = await deleteOtherSessionRows(session.rowId, session.userId)
    if (ended > 0) await markCheckpoint('end-other-session') // workshop mode
  }
  await clearTrace()
  redirect(returnPath(formData, FALLBACK))
})
// #endregion end-session-actions

const PayloadSchema = z
  .string()
  .max(2000, { error: '페이로드는 2000자 이하로 써 주세요.' })
  .transform((text, ctx) => {
    try {
      const value: unknown = JSON.parse(text)
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return value as Record<string, unknown>
      }
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: '올바른 JSON 객체가 아닙니다.' })
    return z.NEVER
  })

// #region tamper-action
/** Swaps the token's payload and keeps its signature: a forgery. */
export async function sendTamperedToken(
  _previous: DemoState,
  formData: FormData,
): Promise<DemoState> {
  const token = await readSessionToken()
  const [header, , signature] = token?.split('.') ?? []
  if (!token || !header || signature === undefined) {
    return { error: '먼저 로그인해야 변조할 토큰이 생깁니다.' }
  }
  const sent = field(formData, 'payload') ?? ''
  const value = sent.slice(0, MAX_COOKIE_CHARS)
  const payload = PayloadSchema.safeParse(sent)
  if (!payload.success) {
    const error = payload.error.issues[0]?.message ?? '잘못된 입력입니다.'
    return { error, value }
  }

  const body = Buffer.from(JSON.stringify(payload.data)).toString('base64url')
  if (header.length + body.length + signature.length > MAX_COOKIE_CHARS) {
    return { error: TOO_BIG, value }
  }
  await setSessionCookie(`${header}.${body}.${signature}`)
  // Back up only a genuine token: tampering twice keeps the real one.
  if (await decrypt(token)) await writeTamperBackup(token)
  redirect(returnPath(formData, FALLBACK))
}
// #endregion tamper-action

/** Puts back the token that was there before the tamper demo. */
export async function restoreToken(formData: FormData) {
  const original = await readTamperBackup()
  // Only a token this server signed goes back: a planted "backup" is not
  // a way to hand someone a session.
  if (original && (await decrypt(original))) await setSessionCookie(original)
  await deleteTamperBackup()
  redirect(returnPath(formData, FALLBACK))
}

const TokenSchema = z
  .string()
  .trim()
  .min(1, { error: '토큰을 붙여 넣어 주세요.', abort: true })
  .max(MAX_COOKIE_CHARS, { error: TOO_BIG, abort: true })
  .regex(/^[\w-]+\.[\w-]+\.[\w-]*$/, {
    error: 'JWT 모양(점으로 나뉜 세 부분)이 아닙니다.',
  })

// #region replay-action
/** Sends a pasted token as the session cookie, as a thief would. */
export async function replayToken(
  _previous: DemoState,
  formData: FormData,
): Promise<DemoState> {
  const sent = field(formData, 'token') ?? ''
  const token = TokenSchema.safeParse(sent)
  if (!token.success) {
    const error = token.error.issues[0]?.message ?? '잘못된 입력입니다.'
    return { error, value: sent.slice(0, MAX_COOKIE_CHARS) }
  }
  await setSessionCookie(token.data)
  redirect(returnPath(formData, FALLBACK))
}
// #endregion replay-action

async function setSessionCookie(token: string) {
  // The server decides later whether to believe the token. The cookie
  // expires with the token's own exp when it has one, as a real one would.
  await clearTrace()
  await writeSessionCookie(token, tokenExpiry(token))
}

function tokenExpiry(token: string): Date {
  let exp: unknown
  try {
    exp = decodeJwt(token).exp
  } catch {
    // not a readable JWT: no exp
  }
  return cookieExpiryFromExp(exp).at ?? new Date(Date.now() + PLANTED_COOKIE_MS)
}

// #region persona-action
/**
 * Signs in as one of the example accounts, whose password every chapter
 * prints anyway: a shortcut for trying a page as different people.
 */
export const loginAsPersona = demoAction(PERSONA_FALLBACK, async (formData) => {
  const key = field(formData, 'persona') ?? ''
  const persona = PERSONAS.find((p) => p.key === key)
  const user = persona ? await findUserByEmail(persona.email) : undefined
  const to = returnPath(formData, PERSONA_FALLBACK)
  // Only the example account itself: a learner who signed up with the
  // same address (a store without the examples) is not a shortcut away.
  if (!user?.persona) redirect(to)

  const { steps } = await withTrace(() => createSession(user, 'stateless'))
  await recordLogin(user, 'stateless') // workshop mode
  await forgetDemoCookies()
  return redirectWithTrace(steps, to)
})
// #endregion persona-action
