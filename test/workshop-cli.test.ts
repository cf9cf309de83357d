import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { StoreData } from '@/lib/store-schema.mjs'

import { freshDir } from './helpers/env'
import { AT, userRow } from './helpers/store-rows'

// The terminal commands run as the instructor runs them: plain `node` on
// scripts/workshop.mjs, no build step, no vitest transforms.
const SCRIPT = path.resolve('scripts/workshop.mjs')

function run(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    env: { ...process.env, DATA_DIR: dir, INSTRUCTOR_PASSWORD: '' },
    encoding: 'utf8',
    input: '',
  })
  return {
    code: result.status,
    out: result.stdout,
    err: result.stderr,
  }
}

const at = AT
const sampleStore = (): StoreData => ({
  version: 1,
  users: [
    userRow('learner-1', { name: '학습자', email: 'learner@example.com' }),
  ],
  sessions: [],
  settings: { banner: null },
})

function writeBackupFile(dir: string, name: string, data: unknown) {
  fs.mkdirSync(path.join(dir, 'backups'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'backups', name), JSON.stringify(data))
}

describe('npm run workshop -- restore', () => {
  it('refuses a backup the server would refuse, saying where; store unchanged', () => {
    const dir = freshDir()
    const store = JSON.stringify(sampleStore())
    fs.writeFileSync(path.join(dir, 'db.json'), store)
    // Every field of the light check is there; the session id is not a hash.
    writeBackupFile(dir, 'db-1-manual.json', {
      ...sampleStore(),
      sessions: [
        {
          id: 'not-a-hash',
          userId: 'learner-1',
          createdAt: at,
          lastSeenAt: at,
          expiresAt: at,
          userAgent: '',
        },
      ],
    })

    const { code, err } = run(dir, 'restore', 'db-1-manual.json', '--yes')
    expect(code).toBe(1)
    expect(err).toContain('백업 파일 db-1-manual.json을 쓸 수 없습니다')
    expect(err).toContain('sessions.0.id 항목의 모양이 틀렸습니다')
    expect(err).not.toMatch(/at .*\.mjs:\d+/) // no stack trace
    expect(fs.readFileSync(path.join(dir, 'db.json'), 'utf8')).toBe(store)
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([
      'db-1-manual.json',
    ])
  })

  it('restores a backup that passes the full schema', () => {
    const dir = freshDir()
    fs.writeFileSync(
      path.join(dir, 'db.json'),
      JSON.stringify({ ...sampleStore(), users: [] }),
    )
    writeBackupFile(dir, 'db-1-manual.json', sampleStore())

    const { code, out } = run(dir, 'restore', 'db-1-manual.json', '--yes')
    expect(code).toBe(0)
    expect(out).toContain('복원했습니다: db-1-manual.json')
    const restored = JSON.parse(
      fs.readFileSync(path.join(dir, 'db.json'), 'utf8'),
    ) as StoreData
    expect(restored.users.map((u) => u.id)).toContain('learner-1')
    // Neither store had the example accounts: they are made anew.
    expect(out).toContain('백업에 없던 예시 계정 5개를 다시 넣었습니다.')
    expect(restored.users.filter((u) => u.persona)).toHaveLength(5)
  })
})

describe('a damaged db.json', () => {
  // Cut short mid-write, as a full disk would leave it.
  const damaged = JSON.stringify(sampleStore()).slice(0, 40)

  function damagedRoom() {
    const dir = freshDir()
    fs.writeFileSync(path.join(dir, 'db.json'), damaged)
    writeBackupFile(dir, 'db-1-manual.json', sampleStore())
    return dir
  }

  it('status says in Korean that it is damaged and where, and lists the backups', () => {
    const dir = damagedRoom()
    const { code, out, err } = run(dir, 'status')
    expect(code).toBe(0)
    expect(err).toBe('')
    expect(out).toContain(
      '손상되어 쓸 수 없습니다: 올바른 JSON이 아닙니다: 40자에서 끝납니다.',
    )
    expect(out).toContain('npm run workshop -- restore <백업 파일>')
    expect(out).toContain('백업 1개:\n  db-1-manual.json')
  })

  it('backup, reset and seed refuse with a Korean message and leave it as it was', () => {
    const dir = damagedRoom()
    for (const args of [['backup'], ['reset', '--yes'], ['seed']]) {
      const { code, out, err } = run(dir, ...args)
      expect(code).toBe(1)
      expect(out).toBe('')
      expect(err).toContain(
        `저장소 파일 ${path.join(dir, 'db.json')}이 손상되어 ${args[0]} ` +
          '명령을 실행하지 않았습니다: 올바른 JSON이 아닙니다',
      )
      expect(err).not.toContain('SyntaxError')
    }
    expect(fs.readFileSync(path.join(dir, 'db.json'), 'utf8')).toBe(damaged)
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1)
  })

  it('restore moves it aside, byte for byte, says where, and restores the backup', () => {
    const dir = damagedRoom()
    const { code, out } = run(dir, 'restore', 'db-1-manual.json', '--yes')
    expect(code).toBe(0)
    const aside = fs
      .readdirSync(dir)
      .filter((name) => name.startsWith('db.json.broken-'))
    expect(aside).toHaveLength(1)
    expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe(damaged)
    expect(out).toContain(`옮겨 두었습니다: ${path.join(dir, aside[0]!)}`)
    expect(out).toContain('복원했습니다: db-1-manual.json.')
    expect(run(dir, 'status').out).toContain('학습자 1명, 예시 계정 5개')
  })
})

describe('the command line', () => {
  it('refuses unknown options and commands with the help, exit code 2', () => {
    const dir = freshDir()
    for (const [args, message] of [
      [['status', '--verbose'], 'status: 알 수 없는 옵션입니다: --verbose'],
      [['seed', '--yes'], 'seed: 알 수 없는 옵션입니다: --yes'],
      [['backup', 'now'], 'backup: 이 명령은 이름을 받지 않습니다: now'],
      [['restore', 'a', 'b'], 'restore: 백업 파일은 하나만 주세요.'],
      [['wipe'], '알 수 없는 명령: wipe'],
    ] as const) {
      const { code, out, err } = run(dir, ...args)
      expect(code).toBe(2)
      expect(out).toBe('')
      expect(err).toContain(`${message}\n\n사용법: npm run workshop`)
    }
    expect(fs.existsSync(path.join(dir, 'db.json'))).toBe(false)
  })

  it('status names the room step by its title and small backups in bytes', () => {
    const dir = freshDir()
    fs.writeFileSync(
      path.join(dir, 'db.json'),
      JSON.stringify({
        ...sampleStore(),
        workshop: { roomStep: 'logout', progress: [] },
      }),
    )
    writeBackupFile(dir, 'db-1-manual.json', sampleStore())
    const bytes = fs.statSync(path.join(dir, 'backups/db-1-manual.json')).size
    const { code, out } = run(dir, 'status')
    expect(code).toBe(0)
    expect(out).toContain('지금 단계 4. 로그아웃')
    expect(out).toMatch(
      new RegExp(
        `db-1-manual\\.json  \\d{4}-\\d\\d-\\d\\d [\\d:]{8}  ${bytes}바이트`,
      ),
    )
  })

  it('asks for --yes when there is no terminal to ask, and changes nothing', () => {
    const dir = freshDir()
    fs.writeFileSync(path.join(dir, 'db.json'), JSON.stringify(sampleStore()))
    const { code, err } = run(dir, 'reset')
    expect(code).toBe(1)
    expect(err).toContain('확인하려면 --yes를 붙이세요.')
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false)
  })
})

describe('the confirmation prompt', () => {
  // `script` (util-linux) gives the command a terminal, as an instructor
  // typing at the prompt would have.
  function typeAt(dir: string, answer: string, ...args: string[]) {
    const command = [process.execPath, SCRIPT, ...args].join(' ')
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, DATA_DIR: dir, INSTRUCTOR_PASSWORD: '' },
      encoding: 'utf8',
      input: `${answer}\n`,
    })
    return { code: result.status, out: result.stdout }
  }

  it('a declined reset says so, exits 0 and changes nothing', () => {
    const dir = freshDir()
    const store = JSON.stringify(sampleStore())
    fs.writeFileSync(path.join(dir, 'db.json'), store)
    const { code, out } = typeAt(dir, '네', 'reset')
    expect(out).toContain('계속하려면 "초기화"라고 입력하세요')
    expect(out).toContain('취소했습니다. 아무것도 바꾸지 않았습니다.')
    expect(code).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'db.json'), 'utf8')).toBe(store)
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false)
  })

  it('restore asks for "복원", not "초기화"', () => {
    const dir = freshDir()
    writeBackupFile(dir, 'db-1-manual.json', sampleStore())
    const refused = typeAt(dir, '초기화', 'restore', 'db-1-manual.json')
    expect(refused.out).toContain('계속하려면 "복원"라고 입력하세요')
    expect(refused.out).toContain('취소했습니다.')
    expect(refused.code).toBe(0)
    expect(fs.existsSync(path.join(dir, 'db.json'))).toBe(false)
  })
})
