import type { ReactNode } from 'react'

/**
 * A demo table that scrolls sideways on a phone instead of breaking its
 * ids, times and addresses a syllable a line. A box that scrolls must be
 * reachable by keyboard: hence the tab stop, and the name it announces.
 */
export function TableScrollBox({
  label,
  children,
}: {
  label: string
  children: ReactNode
}) {
  return (
    <div
      className="demo-table-scroll"
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  )
}
