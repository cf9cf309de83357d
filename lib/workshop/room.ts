import 'server-only'

import { dataDir } from '../env'
import { PERSONAS } from '../personas'
import { mutateStore, readStore, seedPersonas } from '../store'
import type { UserRow } from '../store-schema.mjs'
import {
  listBackups,
  readBackup,
  resetLearners,
  restoredStore,
  summarize,
  writeBackup,
  type Removed,
} from './ops.mjs'
import { emptyWorkshop, passedCheckpoints } from './progress'
import { findStep } from './steps'

// The instructor's operations on the room. Every caller has checked the
// instructor role first (lib/workshop/instructor.ts); these do not.

export async function readRoomStep() {
  const { workshop } = await readStore()
  return findStep(workshop?.roomStep)
}

export async function setRoomStep(stepId: string | null) {
  await mutateStore((draft) => {
    const workshop = (draft.workshop ??= emptyWorkshop())
    workshop.roomStep = stepId
  })
}

export type CohortRow = {
  id: string
  name: string
  joinedAt: string
  passed: string[]
}

/** Learners and their checkpoints: names only, no emails, no hashes. */
export async function readCohort(): Promise<CohortRow[]> {
  const data = await readStore()
  return data.users
    .filter((user) => !user.persona && !user.instructor)
    .map((user) => ({
      id: user.id,
      name: user.name,
      joinedAt: user.createdAt,
      passed: passedCheckpoints(data, user.id),
    }))
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
}

export async function readStatus() {
  return summarize(await readStore())
}

export function readBackups() {
  return listBackups(dataDir())
}

// #region reset
/**
 * The backup is written from the same snapshot the reset starts from,
 * inside the store's lock, so no sign-up can land between the two and be
 * lost without a copy.
 */
export async function resetRoom(): Promise<{
  backup: string
  removed: Removed
}> {
  return mutateStore((draft) => {
    const backup = writeBackup(dataDir(), draft, 'reset')
    const { data, removed } = resetLearners(draft)
    Object.assign(draft, data)
    return { backup, removed }
  })
}
// #endregion reset

export async function backupRoom(): Promise<string> {
  // A no-op change: only to read under the lock.
  return mutateStore((draft) => writeBackup(dataDir(), draft, 'manual'))
}

export type RestoreResult =
  | {
      ok: true
      backup: string
      personasAdded: string[]
      personasBlocked: string[]
    }
  | { ok: false; error: string }

/**
 * Replaces the store with a backup (checked against the full schema);
 * what was there is backed up first. The current instructor (row and
 * sessions) stays, and missing example accounts are put back.
 */
export async function restoreRoom(name: string): Promise<RestoreResult> {
  const read = readBackup(dataDir(), name)
  if (read.error !== undefined) return { ok: false, error: read.error }
  const backup = read.data
  const personas = await examplePersonas()
  return mutateStore((draft): RestoreResult => {
    const written = writeBackup(dataDir(), draft, 'restore')
    const next = restoredStore(backup, draft, personas)
    draft.users = next.data.users
    draft.sessions = next.data.sessions
    draft.settings = next.data.settings
    draft.workshop = next.data.workshop
    return {
      ok: true,
      backup: written,
      personasAdded: next.personasAdded,
      personasBlocked: next.personasBlocked,
    }
  })
}

/**
 * The current store's example accounts, and new rows for any it lacks
 * too (hashed here, outside the store's lock).
 */
async function examplePersonas(): Promise<UserRow[]> {
  const have = (await readStore()).users.filter((u) => u.persona)
  const missing = PERSONAS.filter((p) => !have.some((u) => u.email === p.email))
  return [...have, ...(await seedPersonas(missing))]
}
