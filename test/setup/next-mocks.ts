import { vi } from 'vitest'

// Next's request APIs do not exist outside a request. For every test file
// they are replaced by the cookie jar, headers, redirect and refresh
// recorders of ../helpers/next-request, which each test resets.
vi.mock(
  'next/headers',
  async () => (await import('../helpers/next-request')).nextHeaders,
)
vi.mock(
  'next/navigation',
  async () => (await import('../helpers/next-request')).nextNavigation,
)
vi.mock(
  'next/cache',
  async () => (await import('../helpers/next-request')).nextCache,
)
