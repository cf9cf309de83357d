import type { Check } from '@/lib/inspect'

const TEXT: Record<string, string> = {
  'cookie:present': '세션 쿠키: 있음',
  'cookie:absent': '세션 쿠키: 없음',
  'format:jwt': '토큰 모양: JWT (헤더.페이로드.서명)',
  'format:not-a-jwt': '토큰 모양: JWT가 아님',
  'signature:ok': '서명: 이 서버의 비밀 키로 검증됨',
  'signature:expired': '서명: 이 서버의 비밀 키로 검증됨',
  'signature:bad-claims': '서명: 이 서버의 비밀 키로 검증됨',
  'signature:bad-signature':
    '서명: 맞지 않음 (내용이 바뀌었거나 다른 키로 서명됨)',
  'signature:bad-alg': '알고리즘: 허용하지 않는 alg (HS256만 받음)',
  'expiry:live': '만료(exp): 아직 유효',
  'expiry:expired': '만료(exp): 이미 지남',
  'claims:ok': '내용: 필요한 항목이 모두 있음',
  'claims:bad-shape': '내용: 필요한 항목이 없거나 형식이 다름',
  'row:found': '저장소의 세션 행: 있음',
  'row:missing': '저장소의 세션 행: 없음 (로그아웃했거나 끝낸 세션)',
  'user:found': '저장소의 사용자 행: 있음',
  'user:missing': '저장소의 사용자 행: 없음',
}

export function describeCheck(check: Check): string {
  return (
    TEXT[`${check.name}:${check.reason}`] ?? `${check.name}: ${check.reason}`
  )
}

export function CheckList({ checks }: { checks: Check[] }) {
  return (
    <ol className="trace-steps" data-testid="inspector-checks">
      {checks.map((check) => (
        <li key={check.name} data-ok={check.ok}>
          {describeCheck(check)}
        </li>
      ))}
    </ol>
  )
}
