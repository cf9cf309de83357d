// Reading the store file and saying exactly what is wrong with it. No
// 'server-only' here: instrumentation.ts checks the file at start-up too.
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './env'
import { checkStoreText, type StoreCheck } from './store-check.mjs'

export const STORE_FILE = 'db.json'

export function storeFile(): string {
  return path.join(dataDir(), STORE_FILE)
}

export type StoreFileCheck = StoreCheck

/** Reads and validates the file; a missing file is the caller's business. */
export function checkStoreFile(file: string): StoreFileCheck {
  return checkStoreText(fs.readFileSync(file, 'utf8'))
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
