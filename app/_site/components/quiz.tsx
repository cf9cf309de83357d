'use client'

import {
  useId,
  useRef,
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

/** Wrong answers before the quiz shows the right one by itself. */
const TRIES = 2

const subscribe = () => () => {}

/**
 * A one-question check at the end of a chapter. Without JavaScript the
 * choices and the explanation (a <details>) still work. With it, the
 * answer is judged and announced: a wrong one gets a second try (or
 * 정답 보기); the right one, or a second wrong one, opens the explanation.
 */
export function Quiz({ question, options, answer, children }: Props) {
  const id = useId()
  const group = useRef<HTMLFieldSetElement>(null)
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const [chosen, setChosen] = useState<number | null>(null)
  const [judged, setJudged] = useState<number | null>(null)
  const [wrongTries, setWrongTries] = useState(0)
  const [revealed, setRevealed] = useState(false)
  const [missing, setMissing] = useState(false)

  function check(event: FormEvent) {
    event.preventDefault()
    if (chosen === null) {
      setMissing(true)
      return
    }
    setMissing(false)
    setJudged(chosen)
    if (chosen === answer) setRevealed(true)
    else {
      setWrongTries(wrongTries + 1)
      if (wrongTries + 1 >= TRIES) setRevealed(true)
    }
  }

  function retry() {
    setChosen(null)
    setJudged(null)
    group.current?.querySelector('input')?.focus()
  }

  const right = judged !== null && judged === answer
  const wrong = judged !== null && !right
  let feedback = ''
  if (missing) feedback = '먼저 답을 하나 고르세요.'
  else if (right) feedback = '맞았습니다. 아래 해설도 읽어 보세요.'
  else if (revealed) {
    const regret = wrong ? '아쉽습니다. ' : ''
    feedback = `${regret}정답은 "${options[answer]}"입니다. 해설을 열어 두었습니다.`
  } else if (wrong) {
    feedback = '틀렸습니다. 다른 답을 골라 다시 해 보세요.'
  }

  function resultOf(index: number) {
    if (revealed && index === answer) return 'right'
    if (index === judged) return index === answer ? 'right' : 'wrong'
    return undefined
  }

  return (
    <div className="quiz">
      <p className="quiz-kicker">확인 문제</p>
      <form onSubmit={check}>
        <fieldset ref={group}>
          <legend>{question}</legend>
          {options.map((option, index) => (
            <label
              key={option}
              className="quiz-option"
              data-result={resultOf(index)}
            >
              <input
                type="radio"
                name={`${id}-choice`}
                value={index}
                checked={chosen === index}
                onChange={() => {
                  setChosen(index)
                  // A new choice clears the mark of the last wrong one.
                  if (!revealed) setJudged(null)
                }}
              />
              <span>{option}</span>
            </label>
          ))}
        </fieldset>
        {hydrated ? (
          <div className="quiz-actions">
            <button type="submit" className="button quiz-check">
              답 확인
            </button>
            {wrong && !revealed ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={retry}
              >
                다시 해 보기
              </button>
            ) : null}
            {wrongTries > 0 && !revealed ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setRevealed(true)}
              >
                정답 보기
              </button>
            ) : null}
          </div>
        ) : null}
        <p className="quiz-feedback" role="status" aria-live="polite">
          {feedback}
        </p>
      </form>
      <details className="quiz-explanation" open={revealed}>
        <summary>정답과 해설</summary>
        <p>
          <strong>정답: {options[answer]}</strong>
        </p>
        {children}
      </details>
    </div>
  )
}
