// A store with many users, written straight to a DATA_DIR before the
// server starts. Every row is valid for StoreDataSchema. Hashing 50,000
// real bcrypt hashes would take an hour, so all rows share one real
// cost-10 hash: the store's size and shape are real, its hashes are not
// all distinct.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import bcrypt from 'bcryptjs'

export function seedStore(dataDir, users) {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (users === 0) return // the server seeds its own 5 example accounts
  const passwordHash = bcrypt.hashSync('seeded-pass-1!', 10)
  const createdAt = new Date().toISOString()
  const rows = Array.from({ length: users }, (_, i) => ({
    id: randomUUID(),
    name: `시드 사용자 ${i + 1}`,
    email: `seed-${i + 1}@example.com`,
    passwordHash,
    role: 'member',
    team: null,
    phone: null,
    persona: false,
    createdAt,
  }))
  const data = {
    version: 1,
    users: rows,
    sessions: [],
    settings: { banner: null },
  }
  const file = path.join(dataDir, 'db.json')
  fs.writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600 })
  return fs.statSync(file).size
}
