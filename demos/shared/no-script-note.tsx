/** Shown only when JavaScript is off: the streamed parts cannot appear. */
export function NoScriptNote() {
  return (
    <noscript>
      <p className="callout callout-warning">
        자바스크립트가 꺼져 있습니다. 양식은 그대로 동작하지만, 로그인 상태와
        요청 살펴보기 패널은 요청마다 따로 스트리밍되는 부분이라 나타나지
        않습니다.
      </p>
    </noscript>
  )
}
