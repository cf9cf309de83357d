// The command line of npm run workshop: its help text, and the options
// each command takes (anything else is refused with the help), read by
// node:util parseArgs.
import { parseArgs } from 'node:util'

export const HELP = `사용법: npm run workshop -- <명령> [옵션]

명령
  status              저장소 요약(학습자, 예시 계정, 세션, 진행 기록)과 백업 목록
  backup              지금 저장소를 DATA_DIR/backups/에 백업
  reset [--yes]       학습자, 그 세션과 진행 기록을 지움(예시 계정과 강사는 남음).
                      지우기 전에 백업을 씀. 확인 낱말: 초기화
  restore <파일> [--yes]
                      백업에서 복원(지금 상태를 먼저 백업). 파일 이름은 status로
                      확인. 확인 낱말: 복원
  seed [--new-password]
                      저장소가 없으면 예시 계정으로 만들고, 강사 계정을 준비.
                      --new-password: 강사 비밀번호를 새로 만들어 한 번 보여 줌
  help                이 도움말

환경 변수
  DATA_DIR              저장소 폴더 (기본: data)
  INSTRUCTOR_PASSWORD   강사 비밀번호(12자 이상). 없으면 처음 한 번 만들어 보여 줌

서버가 돌고 있으면 reset, restore, seed는 거절합니다: 서버가 저장소를
메모리에 들고 있어 몰래 바꾼 파일을 덮어쓰기 때문입니다. 서버를 멈추거나
강사 콘솔(/workshop/console)을 쓰세요.`

// The options each command takes; anything else is refused with the help.
const OPTIONS = {
  status: [],
  backup: [],
  reset: ['yes'],
  restore: ['yes'],
  seed: ['new-password'],
  help: [],
}

/**
 * { command, values, positionals }, or { error } in Korean.
 * @param {string[]} argv
 */
export function parseCommand(argv) {
  const [first = 'help', ...rest] = argv
  const command = ['--help', '-h'].includes(first) ? 'help' : first
  if (!Object.hasOwn(OPTIONS, command)) {
    return { error: `알 수 없는 명령: ${command}` }
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: command === 'restore',
      options: Object.fromEntries(
        OPTIONS[command].map((name) => [name, { type: 'boolean' }]),
      ),
    })
    if (positionals.length > 1) {
      return { error: `${command}: 백업 파일은 하나만 주세요.` }
    }
    return { command, values, positionals }
  } catch (error) {
    return { error: `${command}: ${usageError(error)}` }
  }
}

/** parseArgs speaks English; the instructor reads Korean. */
function usageError(error) {
  const option = /'(-[^']+)'/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `알 수 없는 옵션입니다: ${option}`
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `이 명령은 이름을 받지 않습니다: ${/'([^']+)'/.exec(error.message)?.[1]}`
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `옵션 ${option}에는 값을 붙이지 않습니다`
  }
  return '명령을 읽지 못했습니다'
}
