import { getUser } from '@/lib/dal'

import { checkTime } from './check-time'

// #region page-check
/** The fix: the check sits next to the data, so it runs on every visit. */
export async function PageCheck({ page }: { page: string }) {
  const user = await getUser()
  const at = checkTime()
  return (
    <p className="session-controls" data-testid="page-check">
      페이지 {page}의 확인, DAL의 getUser() ({at}에 실행):{' '}
      {user
        ? `로그인됨 (${user.name})`
        : '로그인하지 않음: 데이터를 주지 않습니다'}
    </p>
  )
}
// #endregion page-check
