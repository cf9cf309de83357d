// Shared by next.config.mjs (checked when a server starts) and the code
// that uses each secret: lib/secret.ts when a token is signed, the
// workshop's instructor seed (lib/workshop/ops.mjs). Plain JavaScript
// because next.config.mjs loads it before anything is compiled.

/** HS256 wants a key at least as long as its 256-bit output. */
export const MIN_SECRET_BYTES = 32

/**
 * @param {string | undefined} secret
 * @returns {string | null} a message for the operator, or null when usable
 */
export function checkProductionSecret(secret) {
  if (!secret || !secret.trim()) {
    return (
      'SESSION_SECRET is not set. A production server needs a secret of at ' +
      `least ${MIN_SECRET_BYTES} bytes, for example: ` +
      'SESSION_SECRET="$(openssl rand -base64 32)" npm start'
    )
  }
  const bytes = new TextEncoder().encode(secret).length
  if (bytes < MIN_SECRET_BYTES) {
    return (
      `SESSION_SECRET is ${bytes} bytes long; it must be at least ` +
      `${MIN_SECRET_BYTES} bytes. Generate one with: openssl rand -base64 32`
    )
  }
  return null
}

/** The workshop console's password (decision record 20). */
export const MIN_INSTRUCTOR_PASSWORD = 12

/**
 * Unset or empty is fine: a password is then generated once.
 * @param {string | undefined} password
 * @returns {string | null} a message for the operator, or null when usable
 */
export function checkInstructorPassword(password) {
  if (!password) return null
  const length = [...password].length
  if (length >= MIN_INSTRUCTOR_PASSWORD) return null
  return (
    `INSTRUCTOR_PASSWORD는 ${MIN_INSTRUCTOR_PASSWORD}자 이상이어야 합니다 ` +
    `(지금 ${length}자). INSTRUCTOR_PASSWORD is ${length} characters long; ` +
    `it must be at least ${MIN_INSTRUCTOR_PASSWORD}. Choose a longer one, ` +
    'or unset it to have one generated and printed once.'
  )
}
