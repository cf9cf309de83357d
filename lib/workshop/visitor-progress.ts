import 'server-only'

import { randomBytes } from 'node:crypto'

import { jwtVerify, SignJWT } from 'jose'
import { cookies } from 'next/headers'
import { z } from 'zod'

import { getSessionKey } from '../secret'
import { isHttpsRequest } from '../session-cookie'
import { CHECKPOINTS, type Checkpoint } from './steps'

// What this browser did in the workshop, in a cookie that the server
// signs: the browser holds it, but cannot add to it (record 21). It holds
// the checkpoints not yet in an account, a random id for this browser
// (progress under one id moves into one account only), and, once the
// learner signed in to their own account here, that account's id, so what
// they do signed in as an example account is still credited to them.
export const VISITOR_PROGRESS_COOKIE = 'workshop-progress'
const AUDIENCE = 'workshop-progress'
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60

const ClaimsSchema = z.object({
  cp: z.array(z.enum(CHECKPOINTS)).max(20),
  // Absent from cookies written before it existed: a new one is made.
  bid: z.string().min(16).max(40).optional(),
  own: z.string().min(1).max(100).optional(),
})

export type VisitorProgress = {
  passed: Checkpoint[]
  browserId: string
  ownAccount: string | null
}

export function newBrowserId(): string {
  return randomBytes(16).toString('base64url')
}

/** The cookie's contents; a missing or forged cookie reads as empty. */
export async function readVisitorProgress(): Promise<VisitorProgress> {
  const empty = { passed: [], browserId: newBrowserId(), ownAccount: null }
  const token = (await cookies()).get(VISITOR_PROGRESS_COOKIE)?.value
  if (!token) return empty
  try {
    const { payload } = await jwtVerify(token, getSessionKey(), {
      algorithms: ['HS256'],
      audience: AUDIENCE,
    })
    const parsed = ClaimsSchema.safeParse(payload)
    if (!parsed.success) return empty
    const { cp, bid, own } = parsed.data
    return {
      passed: cp,
      browserId: bid ?? empty.browserId,
      ownAccount: own ?? null,
    }
  } catch {
    return empty
  }
}

/** Only where cookies may be written: a Server Action or Route Handler. */
export async function writeVisitorProgress(progress: VisitorProgress) {
  const claims = {
    cp: progress.passed,
    bid: progress.browserId,
    ...(progress.ownAccount ? { own: progress.ownAccount } : {}),
  }
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .sign(getSessionKey())
  ;(await cookies()).set(VISITOR_PROGRESS_COOKIE, token, {
    httpOnly: true,
    secure: await isHttpsRequest(),
    sameSite: 'lax',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  })
}

export async function addVisitorCheckpoint(checkpoint: Checkpoint) {
  const progress = await readVisitorProgress()
  if (progress.passed.includes(checkpoint)) return
  await writeVisitorProgress({
    ...progress,
    passed: [...progress.passed, checkpoint],
  })
}
