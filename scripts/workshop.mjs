#!/usr/bin/env node
// The workshop's store operations from a terminal:
//   npm run workshop -- <status|backup|reset|restore|seed|help> [options]
// It works on the same JSON file as the server (DATA_DIR/db.json). A
// running server keeps the store in memory and would overwrite changes
// made behind its back, so commands that write refuse while one runs
// (decision record 22); use the instructor console then.
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { pathToFileURL } from 'node:url'

import {
  applyInstructor,
  listBackups,
  personaNote,
  planInstructor,
  readBackup,
  resetLearners,
  restoredStore,
  runningServer,
  summarize,
  writeBackup,
} from '../lib/workshop/ops.mjs'
import { HELP, parseCommand } from './workshop/args.mjs'
import { personaRows, stepLabel } from './workshop/site-modules.mjs'
import {
  formatBytes,
  localTime,
  moveAside,
  readStoreFile,
  writeStoreFile,
} from './workshop/store-io.mjs'

const dataDir = path.resolve(process.cwd(), process.env.DATA_DIR || 'data')
const storeFile = path.join(dataDir, 'db.json')

async function main(argv) {
  const parsed = parseCommand(argv)
  if (parsed.error) {
    console.error(`${parsed.error}\n\n${HELP}`)
    return 2
  }
  const { command, values, positionals } = parsed
  switch (command) {
    case 'status':
      return status()
    case 'backup':
      return backup()
    case 'reset':
      return reset(values.yes === true)
    case 'restore':
      return restore(positionals[0], values.yes === true)
    case 'seed':
      return seed(values['new-password'] === true)
    default:
      console.log(HELP)
      return 0
  }
}

/**
 * The store's data, or null when there is no file yet. A damaged file is
 * reported, in Korean with where it is wrong, and `command` refused.
 */
function readStore(command) {
  const read = readStoreFile(storeFile)
  if (read.state === 'damaged') {
    throw new Refused(
      `저장소 파일 ${storeFile}이 손상되어 ${command} 명령을 실행하지 ` +
        `않았습니다: ${read.why}.\n${RECOVER}`,
    )
  }
  return read.state === 'ok' ? read.data : null
}

const RECOVER =
  '백업에서 되살리려면 npm run workshop -- restore <백업 파일>을 쓰세요 ' +
  '(손상된 파일은 옆으로 옮겨 둡니다). 백업 목록은 status로 봅니다.'

/** A refusal with a message for the instructor, not a crash. */
class Refused extends Error {}

function writeStore(data) {
  writeStoreFile(storeFile, data)
}

function refuseIfServerRuns(command) {
  const pid = runningServer(dataDir)
  if (pid === null) return false
  console.error(
    `서버(pid ${pid})가 ${dataDir}의 저장소를 쓰고 있어 ${command} 명령을 ` +
      '실행하지 않았습니다. 서버를 멈춘 뒤 다시 하거나, 강사 콘솔을 쓰세요.',
  )
  return true
}

/**
 * null to go on; otherwise the exit code, after saying why not: 1 without
 * a terminal to ask and without --yes, 0 when the instructor declined.
 */
async function refusedConfirmation(yes, what, word) {
  if (yes) return null
  if (!process.stdin.isTTY) {
    console.error(`${what}: 확인하려면 --yes를 붙이세요.`)
    return 1
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const answer = await rl.question(
    `${what}. 계속하려면 "${word}"라고 입력하세요: `,
  )
  rl.close()
  if (answer.trim() === word) return null
  console.log('취소했습니다. 아무것도 바꾸지 않았습니다.')
  return 0
}

async function status() {
  const read = readStoreFile(storeFile)
  const pid = runningServer(dataDir)
  console.log(
    `저장소: ${storeFile}${read.state === 'missing' ? ' (아직 없음)' : ''}`,
  )
  if (read.state === 'damaged') {
    console.log(`  손상되어 쓸 수 없습니다: ${read.why}.`)
    console.log(`  ${RECOVER}`)
  }
  console.log(pid ? `서버: 실행 중 (pid ${pid})` : '서버: 꺼져 있음')
  if (read.state === 'ok') {
    const s = summarize(read.data)
    console.log(
      `학습자 ${s.learners}명, 예시 계정 ${s.personas}개, ` +
        `강사 계정 ${s.instructor ? '있음' : '없음'}, ` +
        `데이터베이스 세션 ${s.sessions}개, 진행 기록 ${s.progress}개, ` +
        `지금 단계 ${s.roomStep ? await stepLabel(s.roomStep) : '(없음)'}`,
    )
  }
  const backups = listBackups(dataDir)
  console.log(`백업 ${backups.length}개${backups.length ? ':' : ''}`)
  for (const b of backups.slice(0, 10)) {
    console.log(`  ${b.name}  ${localTime(b.at)}  ${formatBytes(b.bytes)}`)
  }
  return 0
}

function backup() {
  // Safe while a server runs: every write of the server lands on disk
  // whole (rename), so the file is always a complete snapshot.
  const data = readStore('backup')
  if (!data) {
    console.error('백업할 저장소가 없습니다.')
    return 1
  }
  console.log(
    `백업: ${path.join(dataDir, 'backups', writeBackup(dataDir, data))}`,
  )
  return 0
}

async function reset(yes) {
  if (refuseIfServerRuns('reset')) return 1
  const data = readStore('reset')
  if (!data) {
    console.error('초기화할 저장소가 없습니다.')
    return 1
  }
  const what = '학습자 계정과 세션, 진행 기록을 지웁니다'
  const stop = await refusedConfirmation(yes, what, '초기화')
  if (stop !== null) return stop
  const name = writeBackup(dataDir, data, 'reset')
  const { data: next, removed } = resetLearners(data)
  writeStore(next)
  console.log(
    `학습자 ${removed.users}명, 세션 ${removed.sessions}개, ` +
      `진행 기록 ${removed.progress}개를 지웠습니다. 백업: ${name}`,
  )
  return 0
}

async function restore(name, yes) {
  if (refuseIfServerRuns('restore')) return 1
  if (!name) {
    console.error('복원할 백업 파일 이름을 주세요 (status로 목록 확인).')
    return 2
  }
  const read = readBackup(dataDir, name)
  if (read.error) {
    console.error(read.error)
    return 1
  }
  const what = `${name}으로 저장소를 바꿉니다`
  const stop = await refusedConfirmation(yes, what, '복원')
  if (stop !== null) return stop
  const now = readStoreFile(storeFile)
  const current = now.state === 'ok' ? now.data : null
  if (current) {
    console.log(`지금 상태 백업: ${writeBackup(dataDir, current, 'restore')}`)
  } else if (now.state === 'damaged') {
    // Kept byte for byte beside the store, never overwritten.
    console.log(
      `손상된 저장소(${now.why})를 옮겨 두었습니다: ${moveAside(storeFile)}`,
    )
  }
  // As the console does: the instructor of now stays, and example
  // accounts the backup lacks come back (record 22).
  const have = current?.users.filter((u) => u.persona) ?? []
  const personas = [...have, ...(await personaRows(have))]
  const next = restoredStore(read.data, current, personas)
  writeStore(next.data)
  console.log(
    `복원했습니다: ${name}.` +
      personaNote(next.personasAdded, next.personasBlocked),
  )
  return 0
}

async function seed(newPassword) {
  if (refuseIfServerRuns('seed')) return 1
  let data = readStore('seed')
  if (!data) {
    data = {
      version: 1,
      users: await personaRows(),
      sessions: [],
      settings: { banner: null },
    }
    console.log(
      `저장소를 만들었습니다: ${storeFile} (예시 계정 ${data.users.length}개)`,
    )
  }
  const plan = await planInstructor(
    data.users,
    process.env.INSTRUCTOR_PASSWORD,
    {
      newPassword,
    },
  )
  if (plan) applyInstructor(data, plan.row)
  writeStore(data)
  if (plan?.generated) {
    console.log(`강사 계정: ${plan.row.email} / ${plan.generated}`)
    console.log(
      '이 비밀번호는 지금 한 번만 보여 줍니다. 저장소에는 해시만 남습니다.',
    )
  } else if (plan) {
    console.log(
      `강사 계정 ${plan.row.email}: INSTRUCTOR_PASSWORD로 맞췄습니다.`,
    )
  } else {
    console.log('강사 계정이 이미 있습니다. 새 비밀번호는 --new-password로.')
  }
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      if (error instanceof Refused) console.error(error.message)
      else console.error(`[workshop] ${error?.message ?? error}`)
      process.exit(1)
    },
  )
}

export { main }
