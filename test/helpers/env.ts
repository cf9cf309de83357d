import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A new, empty folder under the system's temporary directory. */
export function freshDir(prefix = 'auth-tutorial-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/**
 * Sets (or, with undefined, removes) environment variables and returns a
 * function that puts back exactly what was there before.
 */
export function setEnv(values: Record<string, string | undefined>) {
  const env = process.env as Record<string, string | undefined>
  const before = Object.fromEntries(
    Object.keys(values).map((key) => [key, env[key]]),
  )
  const apply = (next: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) delete env[key]
      else env[key] = value
    }
  }
  apply(values)
  return () => apply(before)
}
