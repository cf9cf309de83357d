// Reading the store file and saying exactly what is wrong with it. No
// 'server-only' here: instrumentation.ts checks the file at start-up too.
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './env'
import { StoreDataSchema, type StoreData } from './store-schema'

export const STORE_FILE = 'db.json'

export function storeFile(): string {
  return path.join(dataDir(), STORE_FILE)
}

export type StoreFileCheck =
  { ok: true; data: StoreData } | { ok: false; why: string }

/** Reads and validates the file; a missing file is the caller's business. */
export function checkStoreFile(file: string): StoreFileCheck {
  const text = fs.readFileSync(file, 'utf8')
  if (text.trim() === '') {
    return { ok: false, why: `it is empty (${text.length} bytes)` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, why: notJson(text, (error as Error).message) }
  }
  const parsed = StoreDataSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'the top level'
    return {
      ok: false,
      why: `its shape is wrong at ${where}: ${issue?.message ?? 'unknown'}`,
    }
  }
  return { ok: true, data: parsed.data }
}

function notJson(text: string, message: string): string {
  if (text.startsWith('\uFEFF')) {
    return 'it starts with a byte-order mark (an editor saved it as "UTF-8 with BOM")'
  }
  const cut = /end of JSON input|Unterminated/.test(message)
    ? `; the file has ${text.length} characters, so it may have been cut short`
    : ''
  return `it is not valid JSON (${message}${cut})`
}

// #region store-recovery
/** What an operator should read when the store cannot be used. */
export function unreadableStoreMessage(file: string, why: string): string {
  return (
    `The store ${file} cannot be used: ${why}. It was left untouched. ` +
    'To recover, either fix the file by hand, or move it aside and ' +
    `restart to get a fresh store with the example accounts: ` +
    `mv "${file}" "${file}.broken-$(date +%s)"`
  )
}
// #endregion store-recovery
