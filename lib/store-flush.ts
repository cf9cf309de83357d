// Group commit for the JSON store. Writing the file costs more the larger
// it is, so changes that arrive while a write is in flight do not each
// write: they wait together and share the next write. Every caller still
// learns whether its own change reached the disk.

type Batch = {
  done: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

function newBatch(): Batch {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const done = new Promise<void>((ok, fail) => {
    resolve = ok
    reject = fail
  })
  return { done, resolve, reject }
}

export type Flusher = {
  /** Resolves once the data as it is now is on disk; rejects if lost. */
  flush(): Promise<void>
  /** How many file writes ran, for tests and the benchmark. */
  readonly writes: number
}

/**
 * `write` saves the current data; `rollback` restores what the last
 * successful write saved, after a failure. Changes queued behind a failed
 * write were made on top of what was lost, so they fail with it.
 */
export function createFlusher(
  write: () => Promise<void>,
  rollback: () => void,
): Flusher {
  let writing = false
  let waiting: Batch | null = null
  let writes = 0

  async function run(batch: Batch) {
    writing = true
    writes += 1
    try {
      await write()
      batch.resolve()
    } catch (error) {
      rollback()
      batch.reject(error)
      waiting?.reject(error)
      waiting = null
    } finally {
      writing = false
    }
    if (waiting) {
      const next = waiting
      waiting = null
      void run(next)
    }
  }

  return {
    flush() {
      if (writing) {
        waiting ??= newBatch()
        return waiting.done
      }
      const batch = newBatch()
      void run(batch)
      return batch.done
    },
    get writes() {
      return writes
    },
  }
}
