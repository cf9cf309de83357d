// Shared by next.config.mjs (checked when a production server starts) and
// lib/secret.ts (checked when a token is signed). Plain JavaScript because
// next.config.mjs loads it before anything is compiled.

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
