import 'server-only'

import { verifyPassword } from './password'
import type { UserRow } from './store-schema.mjs'
import { recordStep, timed } from './trace'
import { findUserByEmail } from './users'

// #region dummy-hash
// A real cost-10 bcrypt hash of a random string that was thrown away. An
// unknown email is compared against it, so it costs the same ~70 ms as a
// wrong password: a malformed dummy would return at once and the timing
// would tell which addresses have accounts.
const DUMMY_HASH =
  '$2b$10$AF1y88sB5i8mlVpCpwXdPOZ9tFexVe1U0fBhm6LOu73iFCMstRUfm'
// #endregion dummy-hash

// #region verify-credentials
/** The user whose password this is, or null; never says which was wrong. */
export async function verifyCredentials(
  email: string,
  password: string,
): Promise<UserRow | null> {
  const user = await findUserByEmail(email)
  const checked = await timed(() =>
    verifyPassword(password, user?.passwordHash ?? DUMMY_HASH),
  )
  const ok = Boolean(user) && checked.value
  recordStep({ step: 'verify', ok, detail: 'bcrypt-compare', ms: checked.ms })
  return ok ? (user as UserRow) : null
}
// #endregion verify-credentials
