// Store operations shared by the server (lib/workshop/admin.ts) and the
// terminal (scripts/workshop.mjs). Plain JavaScript, so `node` runs the
// script without a build step; pure functions on the store's data plus
// the few file operations both sides need.
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import bcrypt from 'bcryptjs'

import { checkInstructorPassword } from '../secret-policy.mjs'
import { checkStoreText } from '../store-check.mjs'

export const INSTRUCTOR_EMAIL = 'instructor@example.com'
export const INSTRUCTOR_NAME = '강사'
export const BACKUP_DIR = 'backups'
export const SERVER_PID_FILE = 'server.pid'

const BACKUP_NAME = /^db-[0-9TZ-]+(?:-[a-z]+)?\.json$/

/** Personas and the instructor stay; learners, their sessions and progress go. */
export function resetLearners(data) {
  const kept = data.users.filter((u) => u.persona || u.instructor)
  const keptIds = new Set(kept.map((u) => u.id))
  const sessions = data.sessions.filter((s) => keptIds.has(s.userId))
  const next = {
    ...data,
    users: kept,
    sessions,
    workshop: { roomStep: null, progress: [], browsers: [] },
    // The admin demo's notice was written by someone in the room (the
    // example admin's password is printed in chapter 6): it goes too.
    settings: { ...data.settings, banner: null },
  }
  const removed = {
    users: data.users.length - kept.length,
    sessions: data.sessions.length - sessions.length,
    progress: data.workshop?.progress?.length ?? 0,
  }
  return { data: next, removed }
}

export function summarize(data) {
  const learners = data.users.filter((u) => !u.persona && !u.instructor)
  return {
    learners: learners.length,
    personas: data.users.filter((u) => u.persona).length,
    instructor: data.users.some((u) => u.instructor === true),
    sessions: data.sessions.length,
    progress: data.workshop?.progress?.length ?? 0,
    roomStep: data.workshop?.roomStep ?? null,
  }
}

/**
 * The store a restore writes: the backup's learners, sessions, progress
 * and settings, but always the instructor of `current` (its row and its
 * sessions: the console stays reachable with the password in use now),
 * and every example account of `personas` that the backup lacks, so the
 * persona buttons of chapters 4-6 keep working (record 22).
 */
export function restoredStore(backup, current, personas) {
  const instructor = current?.users.find((u) => u.instructor)
  const isInstructor = (u) =>
    u.instructor === true || u.email === INSTRUCTOR_EMAIL
  const replaced = instructor
    ? new Set(backup.users.filter(isInstructor).map((u) => u.id))
    : new Set()
  const users = backup.users.filter((u) => !replaced.has(u.id))
  const sessions = backup.sessions.filter((s) => !replaced.has(s.userId))
  const personasAdded = []
  const personasBlocked = []
  for (const persona of personas) {
    const holder = users.find((u) => u.email === persona.email)
    if (holder?.persona) continue
    if (holder) {
      personasBlocked.push(persona.email)
      continue
    }
    users.push(persona)
    personasAdded.push(persona.email)
  }
  if (instructor) {
    users.push(instructor)
    sessions.push(
      ...(current?.sessions ?? []).filter((s) => s.userId === instructor.id),
    )
  }
  return {
    data: { ...backup, users, sessions },
    personasAdded,
    personasBlocked,
  }
}

/** What a restore did about example accounts the backup lacked, in Korean. */
export function personaNote(added, blocked) {
  let note = ''
  if (added.length > 0) {
    note += ` 백업에 없던 예시 계정 ${added.length}개를 다시 넣었습니다.`
  }
  if (blocked.length > 0) {
    note +=
      ` 예시 계정 ${blocked.join(', ')}은 같은 이메일의 학습자 계정이 ` +
      '있어 넣지 못했습니다: 그 예시 계정 버튼은 동작하지 않습니다.'
  }
  return note
}

// #region backups
export function backupDir(dataDir) {
  return path.join(dataDir, BACKUP_DIR)
}

/** Writes the data to a new file under DATA_DIR/backups; returns its name. */
export function writeBackup(dataDir, data, label = 'manual') {
  const dir = backupDir(dataDir)
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  let name = `db-${stamp}-${label}.json`
  // Two backups in the same millisecond (a reset right after a backup).
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) {
    name = `db-${stamp}-${label}${'x'.repeat(n - 1)}.json`
  }
  // The file holds password hashes: readable by the owner only.
  fs.writeFileSync(path.join(dir, name), JSON.stringify(data, null, 2), {
    mode: 0o600,
    flag: 'wx',
  })
  return name
}

export function listBackups(dataDir) {
  const dir = backupDir(dataDir)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name))
      return { name, bytes: stat.size, at: stat.mtime.toISOString() }
    })
    .sort((a, b) => b.name.localeCompare(a.name))
}

/**
 * The backup checked against the store's full schema (the same check the
 * server runs at start-up), or a Korean message saying what is wrong and
 * where. Never reads outside backups/.
 */
export function readBackup(dataDir, name) {
  if (typeof name !== 'string' || !BACKUP_NAME.test(name)) {
    return { error: '백업 파일 이름이 올바르지 않습니다.' }
  }
  const file = path.join(backupDir(dataDir), name)
  if (!fs.existsSync(file)) return { error: '그런 백업 파일이 없습니다.' }
  const checked = checkStoreText(fs.readFileSync(file, 'utf8'), 'ko')
  if (!checked.ok) {
    return { error: `백업 파일 ${name}을 쓸 수 없습니다: ${checked.why}.` }
  }
  return { data: checked.data }
}
// #endregion backups

// #region instructor-seed
/**
 * What to change so the store has exactly one instructor account. With
 * INSTRUCTOR_PASSWORD that password wins (a changed one replaces the
 * hash); without it a random password is generated once, when the
 * account is created, and returned so the caller can print it once.
 * There is never a default password.
 */
export async function planInstructor(users, envPassword, options = {}) {
  const existing = users.find((u) => u.instructor)
  const password = envPassword || undefined
  // next.config.mjs refuses to start a server with a short one.
  const problem = checkInstructorPassword(password)
  if (problem) throw new Error(problem)
  if (existing && !options.newPassword) {
    if (password === undefined) return null
    if (await bcrypt.compare(password, existing.passwordHash)) return null
  }
  const chosen = password ?? randomBytes(12).toString('base64url')
  const row = {
    id: existing?.id ?? randomUUID(),
    name: INSTRUCTOR_NAME,
    email: INSTRUCTOR_EMAIL,
    passwordHash: await bcrypt.hash(chosen, 10),
    role: 'member',
    team: null,
    phone: null,
    persona: false,
    createdAt: existing?.createdAt ?? new Date().toISOString(),
    instructor: true,
  }
  return { row, generated: password === undefined ? chosen : null }
}

/** Applies a plan from planInstructor to the store's data, in place. */
export function applyInstructor(data, row) {
  data.users = data.users.filter((u) => !u.instructor && u.email !== row.email)
  data.users.push(row)
}
// #endregion instructor-seed

// #region server-pid
/**
 * Leaves DATA_DIR/server.pid for this process, removed again when it
 * exits. Returns the pid of another live server that already holds the
 * folder (its file is left alone), or null once the file is ours.
 */
export function claimServerPid(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const file = path.join(dataDir, SERVER_PID_FILE)
  const other = runningServer(dataDir)
  if (other !== null && other !== process.pid) return other
  // A stale file (its process is gone) is replaced.
  fs.writeFileSync(file, String(process.pid), { mode: 0o600 })
  process.once('exit', () => {
    try {
      if (fs.readFileSync(file, 'utf8') === String(process.pid)) {
        fs.unlinkSync(file)
      }
    } catch {
      // already gone
    }
  })
  return null
}

/** The pid of a live server using this data folder, or null. */
export function runningServer(dataDir) {
  const file = path.join(dataDir, SERVER_PID_FILE)
  let pid
  try {
    pid = Number(fs.readFileSync(file, 'utf8'))
  } catch {
    return null // no file
  }
  if (!Number.isInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0) // signal 0: only asks whether it exists
    return pid
  } catch (error) {
    // EPERM: it exists, under another user.
    return error.code === 'EPERM' ? pid : null
  }
}

/** Why a second server refuses to start, for the terminal that ran it. */
export function pidConflictMessage(dataDir, pid) {
  const file = path.join(dataDir, SERVER_PID_FILE)
  return (
    `[workshop] 다른 서버(pid ${pid})가 이미 ${dataDir}의 저장소를 쓰고 ` +
    '있어 시작하지 않았습니다. 그 서버를 멈추거나 DATA_DIR을 바꾸세요. ' +
    `돌고 있는 서버가 없다면 ${file}을 지우세요.\n` +
    `[workshop] Another server (pid ${pid}) is using the store in ` +
    `${dataDir}; not starting. Stop it or set another DATA_DIR; if no ` +
    `server runs, delete ${file}.`
  )
}
// #endregion server-pid
