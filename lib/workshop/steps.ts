// The workshop's steps, in the order of the chapters. Each step names the
// checkpoint that proves it: the server marks a checkpoint when the real
// action happens (lib/workshop/progress.ts), so no step has a "done" box.
// Shared by server and client code: no server-only imports here.

// #region checkpoints
export const CHECKPOINTS = [
  'signup-invalid', // a sign-up refused by the zod schema
  'account', // an own account row exists in the store
  'login-own', // logged in with that own account
  'logout', // logged out (the session cookie deleted)
  'db-session', // logged in with a database session
  'end-other-session', // ended a session other than the current one
  'persona-login', // signed in as an example account
  'persona-admin', // signed in as the example admin
  'action-refused', // a member's Server Action call refused
  'admin-forbidden', // the admin Route Handler answered 403
] as const
// #endregion checkpoints
export type Checkpoint = (typeof CHECKPOINTS)[number]

export type WorkshopStep = {
  id: string
  chapter: string
  /** Heading or demo anchor on the chapter page. */
  anchor: string
  title: string
  task: string
  hint: string
  expected: string
  checkpoint: Checkpoint
  /** True when a visitor without an own account can pass it. */
  anonymous: boolean
}

export const WORKSHOP_STEPS: readonly WorkshopStep[] = [
  {
    id: 'signup-invalid',
    chapter: 'signup',
    anchor: 'signup-demo',
    title: '틀린 값으로 가입해 보기',
    task: '가입 양식에 너무 짧은 비밀번호를 넣고 보내 봅니다.',
    hint:
      '8자보다 짧게, 예를 들어 abc1! 처럼 써 보세요. 이 양식은 브라우저 ' +
      '검사를 꺼 두어(noValidate) 짧은 값도 그대로 서버로 가고, 서버의 ' +
      'zod 스키마가 거절합니다.',
    expected:
      '필드 아래에 한국어 오류가 뜨고, 저장소에는 아무것도 쓰이지 않습니다.',
    checkpoint: 'signup-invalid',
    anonymous: true,
  },
  {
    id: 'account',
    chapter: 'signup',
    anchor: 'signup-demo',
    title: '내 계정 만들기',
    task: '내 이름과 이메일로 회원가입을 마칩니다.',
    hint: '예시 계정이 아니라 직접 만든 계정이어야 진행 상황이 계정에 저장됩니다.',
    expected: '요청 살펴보기 패널에 저장소의 내 행과 bcrypt 해시가 보입니다.',
    checkpoint: 'account',
    anonymous: false,
  },
  {
    id: 'login-own',
    chapter: 'sessions',
    anchor: 'login-demo',
    title: '내 계정으로 로그인',
    task: '로그인 데모에서 방금 만든 계정으로 로그인합니다.',
    hint: '비밀번호를 잊었다면 새 계정을 하나 더 만들어도 됩니다.',
    expected: '쿠키의 토큰 페이로드에 내 사용자 ID와 만료 시각이 보입니다.',
    checkpoint: 'login-own',
    anonymous: false,
  },
  {
    id: 'logout',
    chapter: 'sessions',
    anchor: 'logout',
    title: '로그아웃',
    task: '로그아웃 버튼을 눌러 세션 쿠키를 지웁니다.',
    hint: '머리글의 로그아웃 버튼도 같은 서버 액션을 부릅니다.',
    expected: '패널이 로그아웃 상태로 바뀌고 session 쿠키가 사라집니다.',
    checkpoint: 'logout',
    anonymous: true,
  },
  {
    id: 'db-session',
    chapter: 'database-sessions',
    anchor: 'db-login-demo',
    title: '데이터베이스 세션으로 로그인',
    task: '로그인할 때 세션 방식으로 데이터베이스 세션을 고릅니다.',
    hint: '로그인 양식의 세션 방식 선택지를 바꾸세요.',
    expected: '저장소의 sessions 목록에 해시된 세션 ID 행이 하나 생깁니다.',
    checkpoint: 'db-session',
    anonymous: false,
  },
  {
    id: 'end-other-session',
    chapter: 'database-sessions',
    anchor: 'my-sessions',
    title: '다른 세션 끝내기',
    task: '다른 브라우저(또는 시크릿 창)에서도 로그인한 뒤, 한쪽에서 다른 세션을 끝냅니다.',
    hint: '두 세션 모두 데이터베이스 세션이어야 목록에 보입니다.',
    expected: '끝낸 쪽 브라우저는 다음 요청에서 로그아웃 상태가 됩니다.',
    checkpoint: 'end-other-session',
    anonymous: false,
  },
  {
    id: 'persona-login',
    chapter: 'proxy',
    anchor: 'try-protected',
    title: '예시 계정으로 보호된 경로 들어가기',
    task: '로그아웃 상태로 /demo/dashboard를 열어 본 뒤, 예시 계정 버튼으로 로그인합니다.',
    hint: '로그아웃 상태에서는 프록시가 로그인 페이지로 보냅니다.',
    expected: '로그인한 뒤에는 같은 주소에서 대시보드가 열립니다.',
    checkpoint: 'persona-login',
    anonymous: true,
  },
  {
    id: 'persona-admin',
    chapter: 'dal-dto',
    anchor: 'dto-try',
    title: '관리자 눈으로 DTO 보기',
    task: '관리자 예시 계정으로 바꾼 뒤 사람 목록의 전화번호를 봅니다.',
    hint: '일반 사용자로 볼 때와 어떤 필드가 달라지는지 비교하세요.',
    expected: '관리자에게만 모든 사람의 전화번호가 보입니다.',
    checkpoint: 'persona-admin',
    anonymous: true,
  },
  {
    id: 'action-refused',
    chapter: 'where-checks-live',
    anchor: 'admin-try',
    title: '일반 사용자로 관리자 액션 보내기',
    task: '일반 사용자로 로그인한 채 공지 바꾸기 양식을 보냅니다.',
    hint: '내 계정은 일반 사용자입니다. 예시 계정 중 팀원을 써도 됩니다.',
    expected: '서버 액션이 스스로 거절하고 저장소의 공지는 그대로입니다.',
    checkpoint: 'action-refused',
    anonymous: true,
  },
  {
    id: 'admin-forbidden',
    chapter: 'where-checks-live',
    anchor: 'route-handlers',
    title: '관리자 API에서 403 받기',
    task: '일반 사용자로 로그인한 채 GET /api/admin/report를 보냅니다.',
    hint: '로그아웃 상태라면 403이 아니라 401이 옵니다.',
    expected: '상태 코드 403과 한국어 오류 메시지가 돌아옵니다.',
    checkpoint: 'admin-forbidden',
    anonymous: true,
  },
]

export function findStep(id: string | null | undefined) {
  return WORKSHOP_STEPS.find((step) => step.id === id) ?? null
}

export function stepsOfChapter(chapter: string) {
  return WORKSHOP_STEPS.filter((step) => step.chapter === chapter)
}

export function stepHref(step: WorkshopStep) {
  return `/chapters/${step.chapter}#${step.anchor}`
}

export function isCheckpoint(value: unknown): value is Checkpoint {
  return (CHECKPOINTS as readonly unknown[]).includes(value)
}

/** What the instructor types to confirm a reset, and a restore. */
export const RESET_WORD = '초기화'
export const RESTORE_WORD = '복원'
