// Signs up through the real Server Action, the way the chapter's form
// posts without JavaScript: a multipart POST carrying React's hidden
// $ACTION fields, answered with a 303 redirect and the session cookie.
import { get } from './http.mjs'

const SIGNUP_PAGE = '/chapters/signup'

/** The hidden fields of the sign-up form, read from the page's HTML. */
export async function readSignupForm(base) {
  const { status, body } = await get(base, SIGNUP_PAGE)
  if (status !== 200) throw new Error(`GET ${SIGNUP_PAGE} answered ${status}`)
  const html = body.toString('utf8')
  const hidden = [
    ...html.matchAll(
      /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g,
    ),
  ]
  const fields = hidden.map(([, name, value = '']) => [
    name,
    unescapeHtml(value),
  ])
  if (!fields.some(([name]) => name === '$ACTION_KEY')) {
    throw new Error('the sign-up form has no $ACTION_KEY field')
  }
  return fields
}

function unescapeHtml(text) {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
}

let counter = 0

/**
 * One sign-up with a new address. Resolves with the milliseconds it took
 * and the server's own trace (hash and store-write times), read from the
 * trace cookie the action sets before it redirects.
 */
export async function signUp(base, form, tag) {
  counter += 1
  const body = new FormData()
  for (const [name, value] of form) body.append(name, value)
  body.append('name', '벤치 사용자')
  body.append('email', `bench-${tag}-${process.pid}-${counter}@example.com`)
  body.append('password', 'bench-pass-1!')

  const started = performance.now()
  const response = await fetch(new URL(SIGNUP_PAGE, base), {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { origin: new URL(base).origin },
  })
  await response.arrayBuffer()
  const ms = performance.now() - started

  const cookies = response.headers.getSetCookie()
  if (
    response.status !== 303 ||
    !cookies.some((c) => c.startsWith('session='))
  ) {
    throw new Error(`sign-up answered ${response.status} without a session`)
  }
  return { ms, ...traceTimes(cookies) }
}

function traceTimes(cookies) {
  const raw = cookies.find((c) => c.startsWith('last-trace='))
  if (!raw) return {}
  const value = raw.slice('last-trace='.length).split(';')[0]
  const steps = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
  const ms = (name) => steps.find((s) => s.step === name)?.ms
  return { hashMs: ms('hash'), insertMs: ms('insert') }
}

/** `total` sign-ups by `concurrency` loops; resolves with their results. */
export async function signUpMany(base, form, { total, concurrency, tag }) {
  const results = []
  let next = 0
  async function loop() {
    while (next < total) {
      next += 1
      results.push(await signUp(base, form, tag))
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, loop))
  return { results, seconds: (performance.now() - started) / 1000 }
}
