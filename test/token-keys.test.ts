import { SignJWT } from 'jose'
import { afterEach, describe, expect, it } from 'vitest'

import type { SessionClaims } from '@/lib/definitions'
import {
  CLOCK_TOLERANCE_SECONDS,
  decrypt,
  encrypt,
  SESSION_TTL_SECONDS,
} from '@/lib/session'

import { setEnv } from './helpers/env'

const OLD = 'the-old-secret-that-is-at-least-32-bytes!!'
const NEW = 'the-new-secret-that-is-at-least-32-bytes!!'
const claims: SessionClaims = {
  strategy: 'stateless',
  userId: 'user-1',
  role: 'member',
}
const inSevenDays = () => new Date(Date.now() + SESSION_TTL_SECONDS * 1000)
const headerOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString())

let restore: (() => void) | undefined
function secrets(current: string, previous?: string) {
  restore?.()
  restore = setEnv({
    SESSION_SECRET: current,
    SESSION_SECRET_PREVIOUS: previous,
  })
}
afterEach(() => {
  restore?.()
  restore = undefined
})

describe('rotating SESSION_SECRET', () => {
  it('keeps tokens of the previous secret valid and signs new ones with the current', async () => {
    secrets(OLD)
    const before = await encrypt(claims, inSevenDays())

    secrets(NEW, OLD)
    expect((await decrypt(before))?.strategy).toBe('stateless')
    const after = await encrypt(claims, inSevenDays())
    expect(headerOf(after).kid).not.toBe(headerOf(before).kid)

    // The new token is the new secret's alone.
    secrets(NEW)
    expect((await decrypt(after))?.strategy).toBe('stateless')
    secrets(OLD)
    expect(await decrypt(after)).toBeNull()
  })

  it('signs out every token of the old secret once it is removed', async () => {
    secrets(OLD)
    const before = await encrypt(claims, inSevenDays())
    secrets(NEW)
    expect(await decrypt(before)).toBeNull()
  })

  it('refuses a token naming a key id it does not know, even with a good signature', async () => {
    secrets(NEW)
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: 'someone-else' })
      .setIssuedAt()
      .setExpirationTime(inSevenDays())
      .sign(new TextEncoder().encode(NEW))
    expect(await decrypt(token)).toBeNull()
  })

  it('refuses a short previous secret as firmly as a short current one', async () => {
    secrets(NEW)
    const token = await encrypt(claims, inSevenDays())
    secrets(NEW, 'too-short')
    expect(await decrypt(token)).toBeNull()
    await expect(encrypt(claims, inSevenDays())).rejects.toThrow(
      'SESSION_SECRET_PREVIOUS is 9 bytes long',
    )
  })
})

describe('clock tolerance', () => {
  const expiredSecondsAgo = async (seconds: number) =>
    decrypt(await encrypt(claims, new Date(Date.now() - seconds * 1000)))

  it(`accepts a token expired under ${CLOCK_TOLERANCE_SECONDS} s ago (clock skew)`, async () => {
    secrets(NEW)
    expect(CLOCK_TOLERANCE_SECONDS).toBe(5)
    expect(await expiredSecondsAgo(2)).not.toBeNull()
  })

  it(`refuses one that expired more than ${CLOCK_TOLERANCE_SECONDS} s ago`, async () => {
    secrets(NEW)
    expect(await expiredSecondsAgo(CLOCK_TOLERANCE_SECONDS + 2)).toBeNull()
  })

  it('refuses a token older than a session can live, whatever its exp says', async () => {
    secrets(NEW)
    const now = Math.floor(Date.now() / 1000)
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(now - SESSION_TTL_SECONDS - 60)
      .setExpirationTime(now + 3600)
      .sign(new TextEncoder().encode(NEW))
    expect(await decrypt(token)).toBeNull()
  })

  it('refuses a token issued in the future beyond the tolerance', async () => {
    secrets(NEW)
    const now = Math.floor(Date.now() / 1000)
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(now + 60)
      .setExpirationTime(now + 3600)
      .sign(new TextEncoder().encode(NEW))
    expect(await decrypt(token)).toBeNull()
  })
})
