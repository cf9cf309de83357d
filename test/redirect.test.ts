import { describe, expect, it } from 'vitest'

import { safeReturnPath } from '@/lib/redirect'

const FALLBACK = '/demo/dashboard'

describe('safeReturnPath', () => {
  it.each([
    '/',
    '/demo/dashboard',
    '/demo/dashboard/settings',
    '/chapters/sessions#login-demo',
    '/lab/layout-check/a',
    '/workshop/console',
  ])('keeps the page of this site %s', (path) => {
    expect(safeReturnPath(path, FALLBACK)).toBe(path)
  })

  // Each of these is read by some browser as a different host or scheme,
  // or is simply not a plain path of this site.
  it.each([
    ['protocol-relative', '//evil.example'],
    ['protocol-relative with a path', '//evil.example/demo/dashboard'],
    ['backslash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['mixed slashes', '/\\/evil.example'],
    ['scheme:host', 'https:evil.example'],
    ['absolute URL', 'https://evil.example/demo/dashboard'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['tab inside //', '/\t/evil.example'],
    ['newline inside //', '/\n/evil.example'],
    ['carriage return', '/demo/dashboard\r\nSet-Cookie: x=1'],
    ['leading space', ' //evil.example'],
    ['percent-encoded slash', '/%2F%2Fevil.example'],
    ['percent-encoded backslash', '/%5Cevil.example'],
    ['double-encoded', '/%252F%252Fevil.example'],
    ['user info', '/demo@evil.example'],
    ['dot segments', '/demo/../../evil'],
    ['query string', '/demo/dashboard?next=//evil.example'],
    ['unknown section', '/api/admin/report'],
    ['upper case', '/DEMO/dashboard'],
    ['full-width solidus', '／／evil.example'],
    ['empty', ''],
    ['very long', `/demo/${'a'.repeat(5000)}/%`],
  ])('sends %s (%j) to the fallback', (_name, value) => {
    expect(safeReturnPath(value, FALLBACK)).toBe(FALLBACK)
  })

  it.each([undefined, null, 42, ['/demo/dashboard'], { toString: () => '/' }])(
    'sends a value that is not a string (%j) to the fallback',
    (value) => {
      expect(safeReturnPath(value, FALLBACK)).toBe(FALLBACK)
    },
  )
})
