import 'server-only'

import { getSession } from '../session'
import { mutateStore, readStore } from '../store'
import type { StoreData, UserRow, WorkshopData } from '../store-schema.mjs'
import { CHECKPOINTS, type Checkpoint } from './steps'
import {
  addVisitorCheckpoint,
  newBrowserId,
  readVisitorProgress,
  writeVisitorProgress,
} from './visitor-progress'

type Account = Pick<UserRow, 'id' | 'persona' | 'role' | 'instructor'>

/** Progress is saved with an account only for a learner's own account. */
export function isLearnerAccount(user: Account): boolean {
  return !user.persona && !user.instructor
}

// #region mark-checkpoint
/**
 * Called by the server right after the real action succeeded or was
 * refused. A learner's own account gets a store row. A visitor, or
 * someone signed in as a shared example account, gets it in the account
 * this browser last signed in to as its own, if any; else in the signed
 * cookie. A failure here is logged and never breaks the action it follows.
 */
export async function markCheckpointFor(
  user: Account | null | undefined,
  checkpoint: Checkpoint,
) {
  try {
    if (user?.instructor) return
    const owner =
      user && isLearnerAccount(user) ? user : await rememberedAccount()
    if (owner) await addRows(owner.id, [checkpoint])
    else await addVisitorCheckpoint(checkpoint)
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

/**
 * The learner's own account this browser remembers (it signed in to it
 * here), when it still exists; never an example or instructor account.
 */
async function rememberedAccount(
  data?: Readonly<StoreData>,
): Promise<UserRow | null> {
  const { ownAccount } = await readVisitorProgress()
  if (!ownAccount) return null
  const { users } = data ?? (await readStore())
  const user = users.find((u) => u.id === ownAccount)
  return user && isLearnerAccount(user) ? user : null
}

/**
 * On sign-up or login to an own account (and on its progress reads): the
 * browser's checkpoints move into it, and the cookie remembers the account
 * from then on. Progress under one browser id moves into one account only:
 * a cookie copied from a classmate's browser, whose id already belongs to
 * them, moves nothing, and this browser gets a fresh id (record 21).
 */
export async function mergeVisitorProgress(user: Account) {
  if (!isLearnerAccount(user)) return
  try {
    const visitor = await readVisitorProgress()
    if (visitor.passed.length === 0) {
      // Nothing to move, so no store write (a sign-up then writes the file
      // once, not twice): the cookie only learns whose account this is.
      // The browser's id is bound to the account on its first real move.
      if (visitor.ownAccount !== user.id) {
        await writeVisitorProgress({ ...visitor, ownAccount: user.id })
      }
      return
    }
    const moved = await mutateStore((draft) => {
      const workshop = (draft.workshop ??= emptyWorkshop())
      const owner = workshop.browsers.find((b) => b.id === visitor.browserId)
      if (owner && owner.userId !== user.id) return false
      if (!owner)
        workshop.browsers.push({ id: visitor.browserId, userId: user.id })
      addRowsTo(workshop, user.id, visitor.passed)
      return true
    })
    await writeVisitorProgress({
      passed: [],
      browserId: moved ? visitor.browserId : newBrowserId(),
      ownAccount: user.id,
    })
  } catch (error) {
    console.error('[workshop] could not merge visitor progress', error)
  }
}

export function emptyWorkshop(): WorkshopData {
  return { roomStep: null, progress: [], browsers: [] }
}

async function addRows(userId: string, checkpoints: Checkpoint[]) {
  await mutateStore((draft) => {
    addRowsTo((draft.workshop ??= emptyWorkshop()), userId, checkpoints)
  })
}

function addRowsTo(
  workshop: WorkshopData,
  userId: string,
  checkpoints: readonly Checkpoint[],
) {
  const at = new Date().toISOString()
  for (const checkpoint of checkpoints) {
    const known = workshop.progress.some(
      (row) => row.userId === userId && row.checkpoint === checkpoint,
    )
    if (!known) workshop.progress.push({ userId, checkpoint, at })
  }
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
  /**
   * learner: signed in to an own account. remembered: not signed in to it
   * (signed out, or as an example account), but this browser signed in to
   * it before, so progress goes there. visitor: no own account known here.
   */
  kind: 'learner' | 'remembered' | 'visitor' | 'instructor'
  /** The own account's name (learner, remembered), else null. */
  name: string | null
  /** Signed in as one of the shared example accounts right now. */
  persona: boolean
  passed: Checkpoint[]
}

/**
 * The viewer's own progress; never anyone else's. Browser-held
 * checkpoints are moved into the learner's account here, so only call
 * this where cookies may be written (the progress Route Handler).
 */
export async function readMyProgress(): Promise<MyProgress> {
  const session = await getSession()
  const data = await readStore()
  const user = session
    ? data.users.find((u) => u.id === session.userId)
    : undefined
  if (user?.instructor) {
    return { kind: 'instructor', name: user.name, persona: false, passed: [] }
  }
  const persona = user?.persona === true
  const own = user && isLearnerAccount(user) ? user : null
  const owner = own ?? (await rememberedAccount(data))
  if (owner) {
    await mergeVisitorProgress(owner)
    return {
      kind: own ? 'learner' : 'remembered',
      name: owner.name,
      persona,
      passed: passedCheckpoints(await readStore(), owner.id),
    }
  }
  const { passed } = await readVisitorProgress()
  return { kind: 'visitor', name: null, persona, passed }
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
