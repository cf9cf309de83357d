import type { ReactNode } from 'react'

type Props = {
  /** What to predict, then try in the demo. */
  prompt: string
  children: ReactNode
}

/** "Predict, then try": guess first, then open what really happens. */
export function Predict({ prompt, children }: Props) {
  return (
    <aside className="predict" aria-label="예상하고 해 보기">
      <p className="quiz-kicker">예상하고 해 보기</p>
      <p className="predict-prompt">{prompt}</p>
      <details className="quiz-explanation">
        <summary>실제로 일어나는 일</summary>
        {children}
      </details>
    </aside>
  )
}
