import 'server-only'

import { createHash, randomBytes } from 'node:crypto'

import { mutateStore, readStore } from './store'
import type { SessionRow } from './store-schema.mjs'

// lastSeenAt is refreshed at most this often, so reading a page does not
// rewrite the whole store on every request.
const TOUCH_INTERVAL_MS = 60_000

// #region session-id
/** 128 random bits, hex: what the (signed) cookie carries. */
export function newSessionId(): string {
  return randomBytes(16).toString('hex')
}

/** The store keeps only a hash of the session id. */
export function sessionRowId(sid: string): string {
  return createHash('sha256').update(sid).digest('hex')
}
// #endregion session-id

const isLive = (row: SessionRow, now: number) => Date.parse(row.expiresAt) > now

// #region insert-session
export async function insertSessionRow(
  sid: string,
  userId: string,
  expiresAt: Date,
  userAgent: string,
): Promise<SessionRow> {
  const now = new Date()
  const row: SessionRow = {
    id: sessionRowId(sid),
    userId,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    userAgent: userAgent.slice(0, 200),
  }
  await mutateStore((draft) => {
    // Expired rows are cleaned up whenever a new one is written.
    draft.sessions = draft.sessions.filter((s) => isLive(s, now.getTime()))
    draft.sessions.push(row)
  })
  return row
}
// #endregion insert-session

// #region find-session
/** The live row for a session id, or null when deleted or expired. */
export async function findSessionRow(sid: string) {
  const { sessions } = await readStore()
  const id = sessionRowId(sid)
  const row = sessions.find((s) => s.id === id)
  return row && isLive(row, Date.now()) ? row : null
}
// #endregion find-session

// #region extend-session-row
export async function touchSessionRow(row: SessionRow) {
  const now = Date.now()
  if (now - Date.parse(row.lastSeenAt) < TOUCH_INTERVAL_MS) return
  await mutateStore((draft) => {
    const found = draft.sessions.find((s) => s.id === row.id)
    if (found) found.lastSeenAt = new Date(now).toISOString()
  })
}

export async function extendSessionRow(sid: string, expiresAt: Date) {
  const id = sessionRowId(sid)
  return mutateStore((draft) => {
    const found = draft.sessions.find((s) => s.id === id)
    // An ended or expired session cannot be brought back by extending it.
    if (!found || !isLive(found, Date.now())) return false
    found.expiresAt = expiresAt.toISOString()
    found.lastSeenAt = new Date().toISOString()
    return true
  })
}
// #endregion extend-session-row

// #region delete-session-row
export async function deleteSessionRow(rowId: string, userId: string) {
  return mutateStore((draft) => {
    const before = draft.sessions.length
    // A learner may end only their own sessions.
    draft.sessions = draft.sessions.filter(
      (s) => !(s.id === rowId && s.userId === userId),
    )
    return draft.sessions.length < before
  })
}
// #endregion delete-session-row

export async function deleteOtherSessionRows(
  keepRowId: string,
  userId: string,
) {
  return mutateStore((draft) => {
    const before = draft.sessions.length
    draft.sessions = draft.sessions.filter(
      (s) => s.userId !== userId || s.id === keepRowId,
    )
    return before - draft.sessions.length
  })
}

export async function listSessionRows(userId: string) {
  const { sessions } = await readStore()
  const now = Date.now()
  return sessions.filter((s) => s.userId === userId && isLive(s, now))
}
