'use client'

import {
  useId,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type ReactNode,
} from 'react'

type Props = {
  question: string
  options: string[]
  /** Index of the right option, from 0. */
  answer: number
  /** The explanation, written in the chapter. */
  children: ReactNode
}

const subscribe = () => () => {}

/**
 * A one-question check at the end of a chapter. Without JavaScript the
 * choices and the explanation (a <details>) still work; with it, the
 * answer is judged, announced, and the explanation opens.
 */
export function Quiz({ question, options, answer, children }: Props) {
  const id = useId()
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const [chosen, setChosen] = useState<number | null>(null)
  const [judged, setJudged] = useState<number | null>(null)
  const [missing, setMissing] = useState(false)

  function check(event: FormEvent) {
    event.preventDefault()
    if (chosen === null) {
      setMissing(true)
      return
    }
    setMissing(false)
    setJudged(chosen)
  }

  const right = judged !== null && judged === answer
  let feedback = ''
  if (missing) feedback = '먼저 답을 하나 고르세요.'
  else if (judged !== null) {
    feedback = right
      ? '맞았습니다. 아래 해설도 읽어 보세요.'
      : `아쉽습니다. 정답은 "${options[answer]}"입니다. 해설을 열어 두었습니다.`
  }

  return (
    <div className="quiz">
      <p className="quiz-kicker">확인 문제</p>
      <form onSubmit={check}>
        <fieldset>
          <legend>{question}</legend>
          {options.map((option, index) => (
            <label
              key={option}
              className="quiz-option"
              data-result={
                judged === null
                  ? undefined
                  : index === answer
                    ? 'right'
                    : index === judged
                      ? 'wrong'
                      : undefined
              }
            >
              <input
                type="radio"
                name={`${id}-choice`}
                value={index}
                checked={chosen === index}
                onChange={() => setChosen(index)}
              />
              <span>{option}</span>
            </label>
          ))}
        </fieldset>
        {hydrated ? (
          <button type="submit" className="button quiz-check">
            답 확인
          </button>
        ) : null}
        <p className="quiz-feedback" role="status" aria-live="polite">
          {feedback}
        </p>
      </form>
      <details className="quiz-explanation" open={judged !== null}>
        <summary>정답과 해설</summary>
        <p>
          <strong>정답: {options[answer]}</strong>
        </p>
        {children}
      </details>
    </div>
  )
}
