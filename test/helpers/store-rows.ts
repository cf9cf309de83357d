import type { UserRow } from '@/lib/store-schema.mjs'

// Hand-made store rows for the workshop tests (terminal and console).
export const AT = '2026-01-01T00:00:00.000Z'

/** A learner's row as the store keeps it; `extra` overrides any field. */
export const userRow = (id: string, extra: Partial<UserRow> = {}): UserRow => ({
  id,
  name: id,
  email: `${id}@example.com`,
  passwordHash: '$2b$10$x',
  role: 'member',
  team: null,
  phone: null,
  persona: false,
  createdAt: AT,
  ...extra,
})
