export type FlowTone = 'step' | 'check' | 'ok'

export type FlowStep = {
  label: string
  detail?: string
  tone?: FlowTone
  /** Where a failed check goes, one short line per entry. */
  exit?: string[]
}

type Props = {
  id: string
  title: string
  caption: string
  steps: FlowStep[]
}

// Drawing units: the SVG scales to its box (100% wide), so these are
// proportions, not pixels. The width suits a phone without shrinking the
// text below a readable size.
const WIDTH = 360
const MAIN_X = 6
const MAIN_W = 236
const EXIT_X = 262
const EXIT_W = 92
const GAP = 26
const boxHeight = (step: FlowStep) => (step.detail ? 58 : 40)

/**
 * A request flow as an accessible inline SVG: the labels are real text
 * (read by screen readers through <desc>, searchable, translated by the
 * browser), the colours come from CSS variables, so dark mode and print
 * follow the stylesheet.
 */
export function FlowDiagram({ id, title, caption, steps }: Props) {
  const tops: number[] = []
  let y = 6
  for (const step of steps) {
    tops.push(y)
    y += boxHeight(step) + GAP
  }
  const height = y - GAP + 6
  const arrow = `${id}-arrow`

  return (
    <figure className="flow" id={id}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describe(steps)}</desc>
        <defs>
          <marker
            id={arrow}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 L10 5 L0 10 z" className="flow-arrowhead" />
          </marker>
        </defs>
        {steps.map((step, index) => {
          const top = tops[index] ?? 0
          const h = boxHeight(step)
          const next = tops[index + 1]
          return (
            <g key={step.label} className={`flow-${step.tone ?? 'step'}`}>
              <rect
                x={MAIN_X}
                y={top}
                width={MAIN_W}
                height={h}
                rx="8"
                className="flow-box"
              />
              <text
                x={MAIN_X + 12}
                y={top + 25}
                className="flow-label"
                aria-hidden="true"
              >
                {index + 1}. {step.label}
              </text>
              {step.detail ? (
                <text
                  x={MAIN_X + 12}
                  y={top + 47}
                  className="flow-detail"
                  aria-hidden="true"
                >
                  {step.detail}
                </text>
              ) : null}
              {next !== undefined ? (
                <line
                  x1={MAIN_X + MAIN_W / 2}
                  y1={top + h}
                  x2={MAIN_X + MAIN_W / 2}
                  y2={next - 2}
                  className="flow-line"
                  markerEnd={`url(#${arrow})`}
                />
              ) : null}
              {step.exit ? (
                <Exit top={top} height={h} lines={step.exit} arrow={arrow} />
              ) : null}
            </g>
          )
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  )
}

function Exit(props: {
  top: number
  height: number
  lines: string[]
  arrow: string
}) {
  const { top, height, lines, arrow } = props
  const middle = top + height / 2
  const exitH = 14 + lines.length * 16
  return (
    <g className="flow-exit">
      <line
        x1={MAIN_X + MAIN_W}
        y1={middle}
        x2={EXIT_X - 2}
        y2={middle}
        className="flow-line flow-line-stop"
        markerEnd={`url(#${arrow})`}
      />
      <rect
        x={EXIT_X}
        y={middle - exitH / 2}
        width={EXIT_W}
        height={exitH}
        rx="8"
        className="flow-box flow-box-stop"
      />
      {lines.map((line, index) => (
        <text
          key={line}
          x={EXIT_X + EXIT_W / 2}
          y={middle - exitH / 2 + 21 + index * 16}
          textAnchor="middle"
          className="flow-exit-text"
          aria-hidden="true"
        >
          {line}
        </text>
      ))}
    </g>
  )
}

/** The whole flow in one sentence per step, for screen readers. */
function describe(steps: FlowStep[]): string {
  return steps
    .map((step, index) => {
      const parts = [`${index + 1}단계: ${step.label}.`]
      if (step.detail) parts.push(`${step.detail}.`)
      if (step.exit) parts.push(`실패하면 ${step.exit.join(' ')}.`)
      return parts.join(' ')
    })
    .join(' ')
}
