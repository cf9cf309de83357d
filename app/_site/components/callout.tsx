import type { ReactNode } from 'react'

const LABELS = {
  note: '참고',
  warning: '주의',
  outdated: '노트와 달라진 점',
} as const

type Props = { kind?: keyof typeof LABELS; children: ReactNode }

export function Callout({ kind = 'note', children }: Props) {
  return (
    // A note, not a landmark: a chapter has many callouts with the same
    // label, and landmarks must be told apart (axe: landmark-unique).
    <div
      role="note"
      className={`callout callout-${kind}`}
      aria-label={LABELS[kind]}
    >
      <p className="callout-label">{LABELS[kind]}</p>
      {children}
    </div>
  )
}
