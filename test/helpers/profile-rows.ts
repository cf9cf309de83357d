import type { CurrentUser } from '@/lib/dal'
import type { UserRow } from '@/lib/store-schema.mjs'

// Rows and viewers built by hand: the rules are pure functions of the two.
export function row(
  id: string,
  role: 'admin' | 'member',
  team: string | null,
  persona = true,
): UserRow {
  return {
    id,
    name: id,
    email: `${id}@example.com`,
    passwordHash: '$2b$10$not-a-real-hash',
    role,
    team,
    phone: `phone-of-${id}`,
    persona,
    createdAt: '2025-01-01T00:00:00.000Z',
  }
}

export const viewerOf = (user: UserRow): CurrentUser => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  team: user.team,
  strategy: 'stateless',
})
