// Runs inside a worker thread of the password pool (lib/password.ts).
// Plain JavaScript, loaded by path at run time, so that neither Turbopack
// nor vitest has to bundle it. The synchronous calls are right here: this
// thread does nothing else, and the main thread is never blocked by them.
import bcrypt from 'bcryptjs'

/** @param {{ password: string, cost: number }} task */
export function hash({ password, cost }) {
  return bcrypt.hashSync(password, cost)
}

/** @param {{ password: string, hash: string }} task */
export function compare({ password, hash }) {
  return bcrypt.compareSync(password, hash)
}
