import 'server-only'

import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir, readEnv } from './env'
import { checkProductionSecret, MIN_SECRET_BYTES } from './secret-policy.mjs'

const SECRET_FILE = '.session-secret'

export type SigningKey = { kid: string; key: Uint8Array }
type KeyRing = { current: SigningKey; previous: SigningKey | null }

const cache = globalThis as typeof globalThis & {
  __sessionKeys?: { source: string; ring: KeyRing }
}

// #region key-ring
/**
 * The keys that sign and verify session tokens. Production takes
 * SESSION_SECRET and refuses a missing or short one; development without
 * it generates a random secret once and keeps it under the data folder, so
 * sessions survive a restart of `next dev`.
 *
 * Rotation: move the old value to SESSION_SECRET_PREVIOUS and put a new one
 * in SESSION_SECRET. New tokens are signed with the new secret; tokens of
 * the old one still verify until it is removed, which signs them all out.
 */
export function getSessionKeys(): KeyRing {
  const { NODE_ENV, SESSION_SECRET, SESSION_SECRET_PREVIOUS } = readEnv()
  const source = `${SESSION_SECRET ?? `file:${dataDir()}`}|${SESSION_SECRET_PREVIOUS ?? ''}`
  if (cache.__sessionKeys?.source === source) return cache.__sessionKeys.ring

  let secret: string
  if (NODE_ENV === 'production' || SESSION_SECRET !== undefined) {
    secret = checked('SESSION_SECRET', SESSION_SECRET)
  } else {
    secret = readOrCreateDevSecret()
  }
  const previous =
    SESSION_SECRET_PREVIOUS === undefined
      ? null
      : signingKey(checked('SESSION_SECRET_PREVIOUS', SESSION_SECRET_PREVIOUS))

  const ring = { current: signingKey(secret), previous }
  cache.__sessionKeys = { source, ring }
  return ring
}

/** The key a token's `kid` names; a token without one is from before kids. */
export function verificationKey(kid: string | undefined): Uint8Array {
  const { current, previous } = getSessionKeys()
  if (kid === undefined || kid === current.kid) return current.key
  if (kid === previous?.kid) return previous.key
  throw new Error('unknown key id')
}
// #endregion key-ring

/** The current signing key (what new tokens are signed with). */
export function getSessionKey(): Uint8Array {
  return getSessionKeys().current.key
}

/**
 * The kid is a short fingerprint of the secret: enough to pick the key,
 * useless for finding the secret (it is 32 random bytes or more).
 */
function signingKey(secret: string): SigningKey {
  const kid = createHash('sha256').update(secret).digest('hex').slice(0, 12)
  return { kid, key: new TextEncoder().encode(secret) }
}

function checked(name: string, secret: string | undefined): string {
  const problem = checkProductionSecret(secret)
  if (problem) throw new Error(problem.replaceAll('SESSION_SECRET', name))
  return secret as string
}

function readOrCreateDevSecret(): string {
  const dir = dataDir()
  const file = path.join(dir, SECRET_FILE)
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  try {
    // 'wx' fails when the file exists, so two bundles starting at once
    // cannot each write a different secret.
    const secret = randomBytes(MIN_SECRET_BYTES).toString('base64url')
    fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 })
    console.info(
      `[session] generated a development SESSION_SECRET in ${file} ` +
        '(git-ignored; set SESSION_SECRET to use your own)',
    )
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const kept = fs.readFileSync(file, 'utf8').trim()
    // A hand-edited file is held to the same rule as SESSION_SECRET.
    if (checkProductionSecret(kept)) {
      throw new Error(
        `${file} holds a secret shorter than ${MIN_SECRET_BYTES} bytes. ` +
          'Delete the file to have a new one generated.',
      )
    }
    return kept
  }
}
