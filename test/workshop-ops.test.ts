import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import bcrypt from 'bcryptjs'
import { describe, expect, it } from 'vitest'

import type { StoreData } from '@/lib/store-schema.mjs'
import {
  claimServerPid,
  listBackups,
  planInstructor,
  readBackup,
  resetLearners,
  restoredStore,
  runningServer,
  writeBackup,
} from '@/lib/workshop/ops.mjs'

import { freshDir } from './helpers/env'
import { AT, userRow } from './helpers/store-rows'

const at = AT
const session = (userId: string, n: number) => ({
  id: String(n).repeat(64).slice(0, 64),
  userId,
  createdAt: at,
  lastSeenAt: at,
  expiresAt: '2999-01-01T00:00:00.000Z',
  userAgent: '',
})

const room: StoreData = {
  version: 1,
  users: [
    userRow('persona', { persona: true }),
    userRow('teacher', { instructor: true }),
    userRow('learner'),
  ],
  sessions: [session('persona', 1), session('learner', 2)],
  settings: { banner: '공지' },
  workshop: {
    roomStep: 'logout',
    progress: [{ userId: 'learner', checkpoint: 'logout', at }],
    browsers: [{ id: 'browser-id-of-16-chars', userId: 'learner' }],
  },
}

describe('resetLearners', () => {
  it('removes learners, sessions, progress, the notice; keeps personas, instructor', () => {
    const { data, removed } = resetLearners(room)
    expect(data.users.map((u) => u.id)).toEqual(['persona', 'teacher'])
    expect(data.sessions.map((s) => s.userId)).toEqual(['persona'])
    expect(data.workshop).toEqual({
      roomStep: null,
      progress: [],
      browsers: [],
    })
    expect(data.settings).toEqual({ banner: null })
    expect(removed).toEqual({ users: 1, sessions: 1, progress: 1 })
  })

  it('does not change the data it was given', () => {
    resetLearners(room)
    expect(room.users).toHaveLength(3)
  })
})

describe('restoredStore', () => {
  const now: StoreData = {
    ...room,
    users: [
      userRow('persona', { persona: true }),
      userRow('teacher-now', {
        instructor: true,
        email: 'instructor@example.com',
      }),
    ],
    sessions: [session('teacher-now', 7), session('persona', 8)],
  }
  const backup: StoreData = {
    ...room,
    users: [
      userRow('teacher-then', {
        instructor: true,
        email: 'instructor@example.com',
      }),
      userRow('learner'),
    ],
    sessions: [session('teacher-then', 3), session('learner', 2)],
  }
  const personas = [
    userRow('persona', { persona: true, email: 'admin@example.com' }),
    userRow('persona-2', { persona: true, email: 'learner@example.com' }),
  ]

  it('keeps the instructor of now, with its sessions, not the backup’s', () => {
    const { data } = restoredStore(backup, now, [])
    expect(data.users.map((u) => u.id)).toEqual(['learner', 'teacher-now'])
    expect(data.sessions.map((s) => s.userId)).toEqual([
      'learner',
      'teacher-now',
    ])
    expect(data.workshop).toEqual(backup.workshop)
  })

  it('keeps the backup’s instructor when there is none now', () => {
    const { data } = restoredStore(backup, null, [])
    expect(data.users.map((u) => u.id)).toEqual(['teacher-then', 'learner'])
    expect(data.sessions).toEqual(backup.sessions)
  })

  it('puts back example accounts the backup lacks, unless a learner has the address', () => {
    const { data, personasAdded, personasBlocked } = restoredStore(
      backup,
      now,
      personas,
    )
    expect(personasAdded).toEqual(['admin@example.com'])
    expect(personasBlocked).toEqual(['learner@example.com'])
    expect(data.users.filter((u) => u.persona).map((u) => u.email)).toEqual([
      'admin@example.com',
    ])
  })

  it('leaves example accounts the backup has as they are', () => {
    const withOwn = { ...backup, users: [...backup.users, personas[0]!] }
    const result = restoredStore(withOwn, now, personas.slice(0, 1))
    expect(result.personasAdded).toEqual([])
    expect(result.data.users.filter((u) => u.persona)).toHaveLength(1)
  })
})

describe('backups', () => {
  it('writes a file only its owner can read, and reads it back', () => {
    const dir = freshDir()
    const name = writeBackup(dir, room, 'reset')
    expect(name).toMatch(/^db-.*-reset\.json$/)
    const file = path.join(dir, 'backups', name)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(readBackup(dir, name)).toEqual({ data: room })
    expect(listBackups(dir).map((b) => b.name)).toEqual([name])
  })

  it('two backups in the same moment get two files', () => {
    const dir = freshDir()
    const names = [writeBackup(dir, room), writeBackup(dir, room)]
    expect(new Set(names).size).toBe(2)
    expect(listBackups(dir)).toHaveLength(2)
  })

  it('refuses names that leave the backup folder or are not backups', () => {
    const dir = freshDir()
    for (const name of ['../db.json', 'db-1/../../x.json', 'x.json', '']) {
      expect(readBackup(dir, name)).toEqual({
        error: '백업 파일 이름이 올바르지 않습니다.',
      })
    }
    expect(readBackup(dir, 'db-2026-manual.json')).toEqual({
      error: '그런 백업 파일이 없습니다.',
    })
  })

  it('refuses a file that is not shaped like the store, saying where', () => {
    const dir = freshDir()
    fs.mkdirSync(path.join(dir, 'backups'))
    const write = (text: string) =>
      fs.writeFileSync(path.join(dir, 'backups', 'db-1-manual.json'), text)
    const why = () => readBackup(dir, 'db-1-manual.json').error

    write('{"a":1}')
    expect(why()).toBe(
      '백업 파일 db-1-manual.json을 쓸 수 없습니다: version 항목의 모양이 ' +
        '틀렸습니다 (잘못된 입력: 값은 1 이어야 합니다).',
    )
    // The server's full schema, not a light check: a session id that is
    // not a SHA-256 hash is refused as the server would refuse it.
    write(
      JSON.stringify({ ...room, sessions: [{ ...session('x', 1), id: 'x' }] }),
    )
    expect(why()).toMatch(/: sessions\.0\.id 항목의 모양이 틀렸습니다 \(/)
    write('{"version": 1, "users": [')
    expect(why()).toMatch(/JSON이 아닙니다: 25자에서 끝납니다/)
    write('{"version": 1,\n  "users" 2}')
    expect(why()).toMatch(/JSON이 아닙니다: 2번째 줄 11번째 글자에서/)
    write('')
    expect(why()).toMatch(/: 비어 있습니다 \(0바이트\)\.$/)
  })

  it('gives the defaults the server would fill in', () => {
    const dir = freshDir()
    fs.mkdirSync(path.join(dir, 'backups'))
    fs.writeFileSync(
      path.join(dir, 'backups', 'db-1-manual.json'),
      JSON.stringify({ version: 1, users: [] }),
    )
    expect(readBackup(dir, 'db-1-manual.json').data).toEqual({
      version: 1,
      users: [],
      sessions: [],
      settings: { banner: null },
    })
  })
})

describe('planInstructor', () => {
  it('uses INSTRUCTOR_PASSWORD and prints nothing', async () => {
    const plan = await planInstructor([], 'room-password-42')
    expect(plan?.generated).toBeNull()
    expect(plan?.row.instructor).toBe(true)
    expect(plan?.row.persona).toBe(false)
    expect(
      await bcrypt.compare('room-password-42', plan?.row.passwordHash ?? ''),
    ).toBe(true)
  })

  it('without it, generates a different random password each time', async () => {
    const a = await planInstructor([], undefined)
    const b = await planInstructor([], undefined)
    expect(a?.generated).toMatch(/^[\w-]{16}$/)
    expect(a?.generated).not.toBe(b?.generated)
    expect(await bcrypt.compare(a!.generated!, a!.row.passwordHash)).toBe(true)
  })

  it('leaves an existing instructor alone unless the password changed', async () => {
    const first = await planInstructor([], 'room-password-42')
    const users = [first!.row]
    expect(await planInstructor(users, 'room-password-42')).toBeNull()
    expect(await planInstructor(users, undefined)).toBeNull()
    const changed = await planInstructor(users, 'another-password-7')
    expect(changed?.row.id).toBe(first!.row.id)
  })

  it('refuses a short password', async () => {
    await expect(planInstructor([], 'short')).rejects.toThrow('12자 이상')
  })
})

describe('the server pid file', () => {
  const pidFile = (dir: string) => path.join(dir, 'server.pid')

  it('names this live process, and nothing when absent or stale', () => {
    const dir = freshDir()
    expect(runningServer(dir)).toBeNull()
    expect(claimServerPid(dir)).toBeNull()
    expect(fs.readFileSync(pidFile(dir), 'utf8')).toBe(String(process.pid))
    expect(runningServer(dir)).toBe(process.pid)
    fs.writeFileSync(pidFile(dir), '999999999')
    expect(runningServer(dir)).toBeNull()
  })

  it('replaces a stale file, but never the file of another live server', () => {
    const dir = freshDir()
    fs.writeFileSync(pidFile(dir), '999999999')
    expect(claimServerPid(dir)).toBeNull()
    expect(fs.readFileSync(pidFile(dir), 'utf8')).toBe(String(process.pid))

    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    try {
      fs.writeFileSync(pidFile(dir), String(other.pid))
      expect(claimServerPid(dir)).toBe(other.pid)
      expect(fs.readFileSync(pidFile(dir), 'utf8')).toBe(String(other.pid))
    } finally {
      other.kill()
    }
  })
})
