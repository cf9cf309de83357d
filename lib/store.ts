import 'server-only'

import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { Mutex } from 'async-mutex'
import { Low } from 'lowdb'

import { hashPassword } from './password'
import { PERSONA_PASSWORD, PERSONAS, type Persona } from './personas'
import {
  copyForDraft,
  freezeRows,
  sameData,
  shareUnchanged,
} from './store-draft'
import { checkStoreFile, storeFile, unreadableStoreMessage } from './store-file'
import { StoreFile } from './store-file-io.mjs'
import { createFlusher, type Flusher } from './store-flush'
import { type StoreData, type UserRow } from './store-schema.mjs'

export { STORE_FILE, storeFile } from './store-file'

type Opened = {
  file: string
  db: Low<StoreData>
  lock: Mutex
  flusher: Flusher
}

// One store per process, on globalThis: Next compiles Server Actions and
// Route Handlers into separate bundles, and a module-level singleton would
// give each bundle its own copy of the data.
const holder = globalThis as typeof globalThis & {
  __store?: { file: string; opened: Promise<Opened> }
}

function getStore(): Promise<Opened> {
  const file = storeFile()
  if (holder.__store?.file !== file) {
    const opened = openStore(file)
    holder.__store = { file, opened }
    // A failed open is not cached: the next request reports it again.
    opened.catch(() => {
      if (holder.__store?.opened === opened) holder.__store = undefined
    })
  }
  return holder.__store.opened
}

async function openStore(file: string): Promise<Opened> {
  const dir = path.dirname(file)
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  // Also when the folder was already there: while a write renames its
  // temporary file into place, the folder is what keeps others out.
  fs.chmodSync(dir, 0o700)
  const db = new Low<StoreData>(new StoreFile<StoreData>(file), {
    version: 1,
    users: [],
    sessions: [],
    settings: { banner: null },
  })

  if (fs.existsSync(file)) {
    await readExisting(db, file)
  } else {
    db.data = freezeRows({
      version: 1,
      users: await seedPersonas(),
      sessions: [],
      settings: { banner: null },
    })
    await db.write()
    console.info(
      `[store] created ${file} with ${PERSONAS.length} example accounts`,
    )
  }
  fs.chmodSync(file, 0o600)
  return { file, db, lock: new Mutex(), flusher: openFlusher(db) }
}

function openFlusher(db: Low<StoreData>): Flusher {
  let saved = db.data
  return createFlusher(
    async () => {
      const writing = db.data
      // A temporary file (0600) renamed over the old one (store-file-io),
      // so a crash mid-write never leaves half a file behind.
      await db.write()
      saved = writing
    },
    () => {
      db.data = saved
    },
  )
}

/** How many times the file was written since the store was opened. */
export async function storeWrites(): Promise<number> {
  return (await getStore()).flusher.writes
}

async function readExisting(db: Low<StoreData>, file: string) {
  const checked = checkStoreFile(file)
  if (!checked.ok) throw new StoreUnreadableError(file, checked.why)
  db.data = freezeRows(checked.data)
}

export class StoreUnreadableError extends Error {
  constructor(file: string, why: string) {
    super(unreadableStoreMessage(file, why))
    this.name = 'StoreUnreadableError'
  }
}

/** New rows, with fresh hashes, for the given example accounts. */
export async function seedPersonas(
  personas: readonly Persona[] = PERSONAS,
): Promise<UserRow[]> {
  const createdAt = new Date().toISOString()
  const rows: UserRow[] = []
  for (const persona of personas) {
    rows.push({
      id: randomUUID(),
      name: persona.name,
      email: persona.email,
      role: persona.role,
      team: persona.team,
      phone: persona.phone,
      passwordHash: await hashPassword(PERSONA_PASSWORD),
      persona: true,
      createdAt,
    })
  }
  return rows
}

/** A consistent snapshot for reading; never mutate it. */
export async function readStore(): Promise<Readonly<StoreData>> {
  return (await getStore()).db.data
}

// #region mutate-store
/**
 * Runs a check-then-change under the store's lock, on a copy. The copy
 * replaces the data at once, so the next change sees it; the caller gets
 * its result only once the file holds it. Changes made while a write is in
 * flight share the next write. A failed write puts back the data last
 * saved and fails every change it carried; an unchanged copy is not
 * written at all.
 */
export async function mutateStore<T>(
  change: (draft: StoreData) => T,
): Promise<T> {
  const { db, lock, flusher } = await getStore()
  const { result, saved } = await lock.runExclusive(() => {
    const previous = db.data
    const draft = copyForDraft(previous)
    const result = change(draft)
    const next = shareUnchanged(draft)
    // A check that refused to change anything writes nothing.
    if (sameData(next, previous)) return { result, saved: undefined }
    db.data = next
    return { result, saved: flusher.flush() }
  })
  await saved
  return result
}
// #endregion mutate-store
