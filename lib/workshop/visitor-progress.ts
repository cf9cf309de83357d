import 'server-only'

import { jwtVerify, SignJWT } from 'jose'
import { cookies } from 'next/headers'
import { z } from 'zod'

import { getSessionKey } from '../secret'
import { isHttpsRequest } from '../session-cookie'
import { CHECKPOINTS, type Checkpoint } from './steps'

// A visitor without an own account keeps passed checkpoints in a cookie
// that the server signs: the browser holds it, but cannot add to it, so
// what merges into a new account on sign-up was really done (record 21).
export const VISITOR_PROGRESS_COOKIE = 'workshop-progress'
const AUDIENCE = 'workshop-progress'
const MAX_AGE_SECONDS = 30 * 24 * 60 * 60

const ClaimsSchema = z.object({ cp: z.array(z.enum(CHECKPOINTS)).max(20) })

export async function readVisitorProgress(): Promise<Checkpoint[]> {
  const token = (await cookies()).get(VISITOR_PROGRESS_COOKIE)?.value
  if (!token) return []
  try {
    const { payload } = await jwtVerify(token, getSessionKey(), {
      algorithms: ['HS256'],
      audience: AUDIENCE,
    })
    const parsed = ClaimsSchema.safeParse(payload)
    return parsed.success ? parsed.data.cp : []
  } catch {
    return []
  }
}

/** Only where cookies may be written: a Server Action or Route Handler. */
export async function addVisitorCheckpoint(checkpoint: Checkpoint) {
  const passed = await readVisitorProgress()
  if (passed.includes(checkpoint)) return
  const token = await new SignJWT({ cp: [...passed, checkpoint] })
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

export async function clearVisitorProgress() {
  ;(await cookies()).delete(VISITOR_PROGRESS_COOKIE)
}
