import 'server-only'

import bcrypt from 'bcryptjs'

// #region hash-password
// Cost 10 takes about 70 ms of one core here: slow enough to make offline
// guessing expensive, fast enough for a room of learners signing up.
export const BCRYPT_COST = 10

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST)
}
// #endregion hash-password

export function verifyPassword(
  password: string,
  hash: string,
): Promise<boolean> {
  return bcrypt.compare(password, hash)
}

/** '$2b$10$abcdefgh…' : enough to recognise a bcrypt hash, not to copy it. */
export function shortenHash(hash: string): string {
  return hash.length > 15 ? `${hash.slice(0, 15)}…` : hash
}
