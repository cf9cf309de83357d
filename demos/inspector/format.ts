const dateTime = new Intl.DateTimeFormat('ko-KR', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  hour12: false,
  timeZone: 'Asia/Seoul',
})

/** '2026. 12. 3. 오후 5:10:00 KST' from an ISO string or epoch seconds. */
export function formatTime(value: string | number): string {
  const date =
    typeof value === 'number' ? new Date(value * 1000) : new Date(value)
  return Number.isNaN(date.getTime())
    ? '알 수 없음'
    : `${dateTime.format(date)} KST`
}

/** '6일 23시간 남음', '3분 지남' */
export function formatLeft(seconds: number): string {
  const past = seconds < 0
  let rest = Math.abs(seconds)
  const days = Math.floor(rest / 86_400)
  rest -= days * 86_400
  const hours = Math.floor(rest / 3600)
  const minutes = Math.floor((rest - hours * 3600) / 60)
  const parts = [
    days ? `${days}일` : '',
    hours ? `${hours}시간` : '',
    !days && minutes ? `${minutes}분` : '',
  ].filter(Boolean)
  const text = parts.join(' ') || '1분 미만'
  return past ? `${text} 지남` : `${text} 남음`
}
