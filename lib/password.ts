import 'server-only'

import os from 'node:os'
import path from 'node:path'

import { Piscina } from 'piscina'

// #region hash-password
// Cost 10 takes about 70 ms of one core here: slow enough to make offline
// guessing expensive, fast enough for a room of learners signing up.
export const BCRYPT_COST = 10

export function hashPassword(password: string): Promise<string> {
  return passwordPool().run({ password, cost: BCRYPT_COST }, { name: 'hash' })
}
// #endregion hash-password

export function verifyPassword(
  password: string,
  hash: string,
): Promise<boolean> {
  return passwordPool().run({ password, hash }, { name: 'compare' })
}

/** '$2b$10$abcdefgh…' : enough to recognise a bcrypt hash, not to copy it. */
export function shortenHash(hash: string): string {
  return hash.length > 15 ? `${hash.slice(0, 15)}…` : hash
}

// #region password-pool
// bcryptjs is pure JavaScript: on the main thread, 70 ms per hash would
// stall every page request behind it. A pool of worker threads (one per
// core) hashes in parallel while the main thread keeps serving pages.
// The worker is a plain .mjs file found from the project root at run time,
// so no bundler has to understand it (decision record 30).
const WORKER_FILE = path.join(process.cwd(), 'workers/password-worker.mjs')

// One pool per process, on globalThis: Next's separate server bundles
// would otherwise each start their own threads.
const holder = globalThis as typeof globalThis & { __passwordPool?: Piscina }

export function passwordPool(): Piscina {
  const threads = hashThreads()
  holder.__passwordPool ??= new Piscina({
    filename: WORKER_FILE,
    // Every thread starts with the pool and stays: a room that signs up
    // at once finds all of them ready, instead of waiting behind the one
    // a quiet minute left and the start of the rest.
    minThreads: threads,
    maxThreads: threads,
  })
  return holder.__passwordPool
}
// #endregion password-pool

function hashThreads(): number {
  const asked = Number(process.env.HASH_THREADS)
  if (Number.isInteger(asked) && asked > 0) return asked
  return os.availableParallelism()
}
