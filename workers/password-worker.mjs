// Runs inside a worker thread of the password pool (lib/password.ts).
// Plain JavaScript, loaded by path at run time, so that neither Turbopack
// nor vitest has to bundle it. The synchronous calls are right here: this
// thread does nothing else, and the main thread is never blocked by them.
import os from 'node:os'

import bcrypt from 'bcryptjs'

// On Linux a thread has its own nice value: this one yields the cores to
// the main thread whenever both want one, so pages and the rest of a
// sign-up are served between hashes, not after them (decision 30). Other
// systems would lower the whole process: there it is left alone.
if (process.platform === 'linux') {
  os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL)
}

/** @param {{ password: string, cost: number }} task */
export function hash({ password, cost }) {
  return bcrypt.hashSync(password, cost)
}

/** @param {{ password: string, hash: string }} task */
export function compare({ password, hash }) {
  return bcrypt.compareSync(password, hash)
}
