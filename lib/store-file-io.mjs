// The store's file on disk, as a lowdb adapter. Written whole and
// atomically: a temporary file in the same folder, then a rename, so a
// crash mid-write leaves the old file or the new one, never half of one.
// The temporary file is created 0600, so not even it is readable by
// others, and its bytes come from store-encode.mjs. Plain JavaScript: the
// crash test runs this very writer in a process of its own.
import fs from 'node:fs/promises'
import path from 'node:path'

import { encodeStore } from './store-encode.mjs'

export class StoreFile {
  #file
  #temp

  /** @param {string} file */
  constructor(file) {
    this.#file = file
    this.#temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`)
  }

  async read() {
    try {
      return JSON.parse(await fs.readFile(this.#file, 'utf8'))
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') {
        return null
      }
      throw error
    }
  }

  /** @param {unknown} data */
  async write(data) {
    await fs.writeFile(this.#temp, encodeStore(data), { mode: 0o600 })
    await fs.rename(this.#temp, this.#file)
  }
}
