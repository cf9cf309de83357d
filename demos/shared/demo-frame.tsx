import type { ReactNode } from 'react'

/** The box every live demo sits in: an anchor, a kicker and a title. */
export function DemoFrame({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <section id={id} className="demo" aria-labelledby={`${id}-title`}>
      <p className="demo-kicker">라이브 데모</p>
      <h3 id={`${id}-title`} className="demo-title">
        {title}
      </h3>
      {children}
    </section>
  )
}
