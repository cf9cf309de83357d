/** '14:05:09': when a check ran, in Korean time, for the layout lab. */
export function checkTime(): string {
  return new Date().toLocaleTimeString('ko-KR', {
    timeZone: 'Asia/Seoul',
    hour12: false,
  })
}
