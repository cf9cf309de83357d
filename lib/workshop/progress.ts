import 'server-only'

import { getSession } from '../session'
import { mutateStore, readStore } from '../store'
import type { StoreData, UserRow } from '../store-schema.mjs'
import { CHECKPOINTS, type Checkpoint } from './steps'
import {
  addVisitorCheckpoint,
  clearVisitorProgress,
  readVisitorProgress,
} from './visitor-progress'

type Account = Pick<UserRow, 'id' | 'persona' | 'role' | 'instructor'>

/** Progress is saved with an account only for a learner's own account. */
export function isLearnerAccount(user: Account): boolean {
  return !user.persona && !user.instructor
}

// #region mark-checkpoint
/**
 * Called by the server right after the real action succeeded or was
 * refused. A learner's own account gets a store row; a visitor (or
 * someone signed in as a shared example account) gets the signed cookie.
 * A failure here is logged and never breaks the action it follows.
 */
export async function markCheckpointFor(
  user: Account | null | undefined,
  checkpoint: Checkpoint,
) {
  try {
    if (user?.instructor) return
    if (!user || !isLearnerAccount(user)) {
      await addVisitorCheckpoint(checkpoint)
      return
    }
    await addRows(user.id, [checkpoint])
  } catch (error) {
    console.error(`[workshop] could not mark ${checkpoint}`, error)
  }
}
// #endregion mark-checkpoint

/**
 * For refusals (invalid input, a 403, a refused action): the checkpoint
 * goes to the signed cookie only. The refused request reads and writes
 * nothing in the store, as the chapters promise; a learner's next
 * progress read moves it into their account (readMyProgress).
 */
export async function markInBrowser(checkpoint: Checkpoint) {
  try {
    await addVisitorCheckpoint(checkpoint)
  } catch (error) {
    console.error(`[workshop] could not mark ${checkpoint}`, error)
  }
}

/**
 * The same, for whoever the current request's session belongs to. With
 * `ifSignedIn`, nothing is marked without a session (a logout by someone
 * who was not signed in did not log anything out).
 */
export async function markCheckpoint(
  checkpoint: Checkpoint,
  { ifSignedIn = false } = {},
) {
  let user: Account | undefined
  try {
    const session = await getSession()
    if (!session && ifSignedIn) return
    const { users } = await readStore()
    user = session ? users.find((u) => u.id === session.userId) : undefined
  } catch (error) {
    console.error('[workshop] could not read the session', error)
    return
  }
  await markCheckpointFor(user, checkpoint)
}

/** On sign-up or login to an own account: the browser's progress moves in. */
export async function mergeVisitorProgress(user: Account) {
  if (!isLearnerAccount(user)) return
  try {
    const passed = await readVisitorProgress()
    if (passed.length === 0) return
    await addRows(user.id, passed)
    await clearVisitorProgress()
  } catch (error) {
    console.error('[workshop] could not merge visitor progress', error)
  }
}

async function addRows(userId: string, checkpoints: Checkpoint[]) {
  const at = new Date().toISOString()
  await mutateStore((draft) => {
    const workshop = (draft.workshop ??= { roomStep: null, progress: [] })
    for (const checkpoint of checkpoints) {
      const known = workshop.progress.some(
        (row) => row.userId === userId && row.checkpoint === checkpoint,
      )
      if (!known) workshop.progress.push({ userId, checkpoint, at })
    }
  })
}

// #region passed-checkpoints
/**
 * What a learner has passed: the recorded rows plus what the store shows
 * right now (an own account row; a live database session of theirs).
 */
export function passedCheckpoints(
  data: Readonly<StoreData>,
  userId: string,
): Checkpoint[] {
  const passed = new Set<string>()
  for (const row of data.workshop?.progress ?? []) {
    if (row.userId === userId) passed.add(row.checkpoint)
  }
  const user = data.users.find((u) => u.id === userId)
  if (user && isLearnerAccount(user)) passed.add('account')
  const now = Date.now()
  const hasDbSession = data.sessions.some(
    (s) => s.userId === userId && Date.parse(s.expiresAt) > now,
  )
  if (hasDbSession) passed.add('db-session')
  return CHECKPOINTS.filter((checkpoint) => passed.has(checkpoint))
}
// #endregion passed-checkpoints

export type MyProgress = {
  kind: 'learner' | 'visitor' | 'instructor'
  name: string | null
  passed: Checkpoint[]
}

/**
 * The viewer's own progress; never anyone else's. A learner's browser-held
 * checkpoints are moved into their account here, so only call this where
 * cookies may be written (the progress Route Handler).
 */
export async function readMyProgress(): Promise<MyProgress> {
  const session = await getSession()
  const data = await readStore()
  const user = session
    ? data.users.find((u) => u.id === session.userId)
    : undefined
  if (user?.instructor) {
    return { kind: 'instructor', name: user.name, passed: [] }
  }
  if (user && isLearnerAccount(user)) {
    await mergeVisitorProgress(user)
    return {
      kind: 'learner',
      name: user.name,
      passed: passedCheckpoints(await readStore(), user.id),
    }
  }
  return { kind: 'visitor', name: null, passed: await readVisitorProgress() }
}

/** After a successful login: own-account checkpoints, then the merge. */
export async function recordLogin(user: Account, strategy: string) {
  if (isLearnerAccount(user)) {
    await markCheckpointFor(user, 'login-own')
    if (strategy === 'database') await markCheckpointFor(user, 'db-session')
    await mergeVisitorProgress(user)
  } else if (user.persona) {
    await markCheckpointFor(user, 'persona-login')
    if (user.role === 'admin') await markCheckpointFor(user, 'persona-admin')
  }
}
