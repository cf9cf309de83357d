import 'server-only'

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir, readEnv } from './env'
import { checkProductionSecret, MIN_SECRET_BYTES } from './secret-policy.mjs'

const SECRET_FILE = '.session-secret'

const cache = globalThis as typeof globalThis & {
  __sessionKey?: { source: string; key: Uint8Array }
}

/**
 * The key that signs session tokens. Production takes SESSION_SECRET and
 * refuses a missing or short one; development without it generates a
 * random secret once and keeps it under the data folder, so sessions
 * survive a restart of `next dev`.
 */
export function getSessionKey(): Uint8Array {
  const { NODE_ENV, SESSION_SECRET } = readEnv()
  const source = SESSION_SECRET ?? `file:${dataDir()}`
  if (cache.__sessionKey?.source === source) return cache.__sessionKey.key

  let secret: string
  if (NODE_ENV === 'production' || SESSION_SECRET !== undefined) {
    const problem = checkProductionSecret(SESSION_SECRET)
    if (problem) throw new Error(problem)
    secret = SESSION_SECRET as string
  } else {
    secret = readOrCreateDevSecret()
  }

  const key = new TextEncoder().encode(secret)
  cache.__sessionKey = { source, key }
  return key
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
    return fs.readFileSync(file, 'utf8').trim()
  }
}
