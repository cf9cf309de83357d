// Stand-ins for Next's request APIs, so actions and session code run
// outside Next. Each test file wires them up with hoisted mocks:
//
//   vi.mock('next/headers', async () =>
//     (await import('./helpers/next-request')).nextHeaders)
//   vi.mock('next/navigation', async () =>
//     (await import('./helpers/next-request')).nextNavigation)
//   vi.mock('next/cache', async () =>
//     (await import('./helpers/next-request')).nextCache)
//
// and imports `request` from this module to read and set the cookie jar
// and the request headers (the same module instance as the mocks use).

export type JarCookie = { value: string; options: Record<string, unknown> }
export type CookieWrite = { op: 'set' | 'delete'; name: string }

export const request = {
  jar: new Map<string, JarCookie>(),
  headers: new Headers(),
  /** Every cookies().set and cookies().delete, in order. */
  writes: [] as CookieWrite[],
  /** How many times the code under test called refresh() from next/cache. */
  refreshes: 0,
}

/** An empty jar, no writes, and these request headers. */
export function resetRequest(headers?: HeadersInit) {
  request.jar.clear()
  request.writes.length = 0
  request.refreshes = 0
  request.headers = new Headers(headers)
}

/** Puts a cookie in the jar as the browser would send it (not a write). */
export function sendCookie(name: string, value: string) {
  request.jar.set(name, { value, options: {} })
}

/** The jar as plain name → value pairs, for before/after comparisons. */
export function jarValues(): Record<string, string> {
  return Object.fromEntries(
    [...request.jar].map(([name, cookie]) => [name, cookie.value]),
  )
}

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => {
      const cookie = request.jar.get(name)
      return cookie ? { name, value: cookie.value } : undefined
    },
    has: (name: string) => request.jar.has(name),
    set: (name: string, value: string, options: Record<string, unknown>) => {
      request.writes.push({ op: 'set', name })
      request.jar.set(name, { value, options: options ?? {} })
    },
    delete: (name: string) => {
      request.writes.push({ op: 'delete', name })
      request.jar.delete(name)
    },
  }),
  headers: async () => request.headers,
}

export type RedirectError = Error & { url: string }

function isRedirect(error: unknown): error is RedirectError {
  return (
    error instanceof Error &&
    error.message === 'NEXT_REDIRECT' &&
    typeof (error as Partial<RedirectError>).url === 'string'
  )
}

export const nextNavigation = {
  redirect: (url: string): never => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url })
  },
  unstable_rethrow: (error: unknown) => {
    if (isRedirect(error)) throw error
  },
}

export const nextCache = {
  io: async () => {},
  refresh: () => {
    request.refreshes += 1
  },
}

/**
 * Where the work redirected to, or 'no redirect' when it returned. Any
 * other error is thrown again, so a crash never passes for a redirect.
 */
export async function redirectOf(work: Promise<unknown>): Promise<string> {
  try {
    await work
  } catch (error) {
    if (isRedirect(error)) return error.url
    throw error
  }
  return 'no redirect'
}

export function form(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

/**
 * Runs the login action with a stateless strategy: the state it returns,
 * or undefined when it signed in (a redirect, thrown as Next does).
 */
export async function attemptLogin<State>(
  login: (previous: undefined, formData: FormData) => Promise<State>,
  email: string,
  password: string,
): Promise<State | undefined> {
  try {
    return await login(
      undefined,
      form({ email, password, strategy: 'stateless' }),
    )
  } catch (error) {
    if (isRedirect(error)) return undefined
    throw error
  }
}
