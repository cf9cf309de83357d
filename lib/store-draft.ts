import type { StoreData } from './store-schema.mjs'

// A draft for mutateStore that costs little even with many thousands of
// rows. Every row holds only strings, numbers, booleans and nulls (see
// store-schema.mjs), so copying each row one level deep is a full copy:
// a change may edit a row in place without touching the data readers see.
// structuredClone did the same, but took ~18 ms at 10,000 users, on the
// event loop, for every write (docs/performance.md).

type Row = Record<string, unknown>

// The row each copy was made from, so that after the change every row it
// left alone can be the very object it was before (shareUnchanged).
const origins = new WeakMap<object, object>()

function copyRows<T extends object>(rows: readonly T[]): T[] {
  return rows.map((row) => {
    const copy = { ...row }
    origins.set(copy, row)
    return copy
  })
}

export function copyForDraft(data: StoreData): StoreData {
  return {
    ...data,
    users: copyRows(data.users),
    sessions: copyRows(data.sessions),
    settings: { ...data.settings },
    workshop: data.workshop && {
      ...data.workshop,
      progress: copyRows(data.workshop.progress),
      browsers: copyRows(data.workshop.browsers),
    },
  }
}

/**
 * The draft after a change, with every row the change left as it was
 * replaced by the object it was copied from. Unchanged rows keep their
 * identity from write to write, and the file writer reuses the bytes it
 * already encoded for them (store-encode.mjs): a write at 10,000 users
 * costs little more than the rows that changed. New and changed rows are
 * frozen, so nothing can edit saved data behind the store's back.
 */
export function shareUnchanged(draft: StoreData): StoreData {
  return {
    ...draft,
    users: share(draft.users),
    sessions: share(draft.sessions),
    workshop: draft.workshop && {
      ...draft.workshop,
      progress: share(draft.workshop.progress),
      browsers: share(draft.workshop.browsers),
    },
  }
}

/** Freezes the rows of data read from the file, as saved rows are. */
export function freezeRows(data: StoreData): StoreData {
  for (const rows of [
    data.users,
    data.sessions,
    data.workshop?.progress ?? [],
    data.workshop?.browsers ?? [],
  ]) {
    for (const row of rows) Object.freeze(row)
  }
  return data
}

function share<T extends object>(rows: T[]): T[] {
  return rows.map((row) => {
    const from = origins.get(row) as T | undefined
    if (from && sameRow(row as Row, from as Row)) return from
    return Object.freeze(row)
  })
}

/** True when a change left every row and field as it was. */
export function sameData(a: StoreData, b: StoreData): boolean {
  return (
    a.version === b.version &&
    sameRows(a.users, b.users) &&
    sameRows(a.sessions, b.sessions) &&
    sameRow(a.settings, b.settings) &&
    sameWorkshop(a.workshop, b.workshop) &&
    // A part of the store this file does not know yet is never skipped.
    sameKeys(a, b)
  )
}

function sameWorkshop(a: StoreData['workshop'], b: StoreData['workshop']) {
  if (!a || !b) return a === b
  return (
    a.roomStep === b.roomStep &&
    sameRows(a.progress, b.progress) &&
    sameRows(a.browsers, b.browsers)
  )
}

const KNOWN = new Set(['version', 'users', 'sessions', 'settings', 'workshop'])

function sameKeys(a: StoreData, b: StoreData): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys].every(
    (key) =>
      KNOWN.has(key) ||
      JSON.stringify((a as Row)[key]) === JSON.stringify((b as Row)[key]),
  )
}

function sameRows(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    if (!sameRow(a[i] as Row, b[i] as Row)) return false
  }
  return true
}

function sameRow(a: Row, b: Row): boolean {
  if (a === b) return true
  for (const key in a) if (a[key] !== b[key]) return false
  for (const key in b) if (!(key in a)) return false
  return true
}
