import { isValidElement, type ReactNode } from 'react'

import { highlightedFence, toCodeLang } from '../highlight'

type CodeProps = { className?: string; children?: ReactNode }

/**
 * A fenced block written in a chapter (```ts ... ```), for code that is
 * not the project's own: shell commands, the notes' outdated snippets.
 */
export function CodeBlock({ children }: { children?: ReactNode }) {
  if (!isValidElement<CodeProps>(children)) return <pre>{children}</pre>
  const { className = '', children: text } = children.props
  const lang = toCodeLang(/language-(\w+)/.exec(className)?.[1])
  const code = typeof text === 'string' ? text : ''
  const html = highlightedFence(code, lang)
  if (!html) return <pre className="plain-code">{code}</pre>
  return (
    <div
      className="listing-code"
      // Shiki's output: every character of the source is escaped.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
