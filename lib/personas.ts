import type { Role } from './store-schema.mjs'

/** Shown in the chapters: every example account uses it. */
export const PERSONA_PASSWORD = 'demo-pass-1!'

export type Persona = {
  /** Names the persona in forms, so no email has to be in the page. */
  key: string
  name: string
  email: string
  role: Role
  team: string | null
  phone: string
}

// Fictional people for the demos. The 010-0000 numbers are not assigned.
export const PERSONAS: readonly Persona[] = [
  {
    key: 'admin',
    name: '한지우',
    email: 'admin@example.com',
    role: 'admin',
    team: null,
    phone: '010-0000-0001',
  },
  {
    key: 'minjun',
    name: '김민준',
    email: 'minjun@example.com',
    role: 'member',
    team: '알파팀',
    phone: '010-0000-0002',
  },
  {
    key: 'seoyeon',
    name: '이서연',
    email: 'seoyeon@example.com',
    role: 'member',
    team: '알파팀',
    phone: '010-0000-0003',
  },
  {
    key: 'doyun',
    name: '박도윤',
    email: 'doyun@example.com',
    role: 'member',
    team: '베타팀',
    phone: '010-0000-0004',
  },
  {
    key: 'haeun',
    name: '최하은',
    email: 'haeun@example.com',
    role: 'member',
    team: '베타팀',
    phone: '010-0000-0005',
  },
]
