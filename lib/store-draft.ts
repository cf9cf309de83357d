import type { StoreData } from './store-schema.mjs'

// A draft for mutateStore that costs little even with many thousands of
// rows. Every row holds only strings, numbers, booleans and nulls (see
// store-schema.mjs), so copying each row one level deep is a full copy:
// a change may edit a row in place without touching the data readers see.
// structuredClone did the same, but took ~18 ms at 10,000 users, on the
// event loop, for every write (docs/performance.md).

type Row = Record<string, unknown>

export function copyForDraft(data: StoreData): StoreData {
  return {
    ...data,
    users: data.users.map((row) => ({ ...row })),
    sessions: data.sessions.map((row) => ({ ...row })),
    settings: { ...data.settings },
    workshop: data.workshop && {
      ...data.workshop,
      progress: data.workshop.progress.map((row) => ({ ...row })),
      browsers: data.workshop.browsers.map((row) => ({ ...row })),
    },
  }
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
