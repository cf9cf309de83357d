// #region safe-return-path
// Where a form or the login page may send the learner afterwards: a page
// of this site, written plainly. Only lower-case letters, digits and
// dashes between single slashes, and an optional anchor. Whatever a
// browser could read as another host (`//evil.example`, `/\evil.example`,
// `https:evil.example`, tabs or newlines inside, percent-encoded slashes)
// fails the pattern and becomes the fallback.
const RETURN_PATH =
  /^\/((chapters|demo|lab|workshop)(\/[a-z0-9-]+)+(#[a-z0-9-]+)?)?$/
const SITE = 'http://site.invalid'

export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !RETURN_PATH.test(value)) return fallback
  // Belt and braces: resolved against any origin, it must stay there.
  return new URL(value, SITE).origin === SITE ? value : fallback
}
// #endregion safe-return-path
