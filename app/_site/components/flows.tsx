import { FlowDiagram } from './flow-diagram'

// The request flows the chapters describe, one component each, so a
// chapter embeds <SignupFlow /> where its text walks through the steps.
// Labels stay short: SVG text does not wrap.

export function SignupFlow() {
  return (
    <FlowDiagram
      id="flow-signup"
      title="회원가입 요청의 흐름"
      caption="회원가입: 양식에서 리디렉션까지. 오른쪽은 실패했을 때 돌아가는 곳입니다."
      steps={[
        { label: '양식 제출', detail: '이름, 이메일, 비밀번호를 보냄' },
        { label: '서버 액션 signup', detail: '브라우저가 아닌 서버에서 실행' },
        {
          label: 'zod로 검사',
          detail: 'SignupFormSchema.safeParse',
          tone: 'check',
          exit: ['필드 오류를', '바로 반환'],
        },
        {
          label: '이메일 중복 확인',
          detail: '잠금 안에서 저장소를 읽음',
          tone: 'check',
          exit: ['이미 가입된', '이메일 오류'],
        },
        { label: 'bcrypt 해싱', detail: '비용 10, 평문은 버림' },
        { label: '저장소에 추가', detail: 'users에 새 행 (해시만)' },
        { label: '세션 쿠키 설정', detail: '서명한 토큰, httpOnly' },
        {
          label: '리디렉션',
          detail: 'try/catch 밖에서 redirect()',
          tone: 'ok',
        },
      ]}
    />
  )
}

export function ProxyDalFlow() {
  return (
    <FlowDiagram
      id="flow-proxy-dal"
      title="보호된 페이지 요청의 흐름: 프록시, 페이지, DAL"
      caption="프록시는 쿠키만 보는 낙관적 확인, DAL은 저장소를 읽는 보안 확인입니다."
      steps={[
        { label: '요청', detail: 'GET /demo/dashboard' },
        {
          label: '프록시: 낙관적 확인',
          detail: '쿠키 서명만 확인, 저장소 X',
          tone: 'check',
          exit: ['/login으로', '리디렉션'],
        },
        { label: '페이지 렌더링', detail: '서버 컴포넌트가 데이터를 요청' },
        {
          label: 'DAL: 보안 확인',
          detail: 'verifySession이 저장소를 읽음',
          tone: 'check',
          exit: ['세션이 끝남:', '/login으로'],
        },
        { label: 'DTO로 거르기', detail: '보는 사람에게 허락된 필드만' },
        { label: '화면', detail: '역할에 맞는 내용', tone: 'ok' },
      ]}
    />
  )
}

export function DatabaseSessionFlow() {
  return (
    <FlowDiagram
      id="flow-db-session"
      title="데이터베이스 세션 조회의 흐름"
      caption="쿠키의 sid는 그대로 저장되지 않습니다. 해시한 값으로 행을 찾습니다."
      steps={[
        { label: '쿠키 도착', detail: '서명된 토큰 안에 sid' },
        {
          label: '서명 확인',
          detail: 'jose의 jwtVerify',
          tone: 'check',
          exit: ['로그아웃', '상태'],
        },
        { label: 'SHA-256(sid)', detail: '해시가 세션 행의 id' },
        {
          label: '세션 행 찾기',
          detail: '없거나 만료됐으면 끝',
          tone: 'check',
          exit: ['로그아웃', '상태'],
        },
        { label: '활동 기록', detail: '행의 마지막 활동 시각 갱신' },
        {
          label: '사용자 찾기',
          detail: '행의 userId로 users 조회',
          tone: 'ok',
        },
      ]}
    />
  )
}

export function StatelessVerifyFlow() {
  return (
    <FlowDiagram
      id="flow-stateless"
      title="무상태 세션 토큰 검증의 흐름"
      caption="무상태 세션은 저장소를 읽지 않습니다. 서명과 만료가 전부입니다."
      steps={[
        { label: '쿠키 도착', detail: '서명된 JWT 하나' },
        {
          label: '서명과 만료 확인',
          detail: 'HS256만 허용, exp 필수',
          tone: 'check',
          exit: ['로그아웃', '상태'],
        },
        {
          label: '페이로드 검사',
          detail: 'zod로 모양 확인',
          tone: 'check',
          exit: ['로그아웃', '상태'],
        },
        {
          label: '세션',
          detail: '토큰의 userId, 저장소 조회 없음',
          tone: 'ok',
        },
      ]}
    />
  )
}
