import { isValidElement, type ReactNode } from 'react'

import { CODE_LANGS, highlight, type CodeLang } from '../highlight'

type CodeProps = { className?: string; children?: ReactNode }

/**
 * A fenced block written in a chapter (```ts ... ```), for code that is
 * not the project's own: shell commands, the notes' outdated snippets.
 */
export async function CodeBlock({ children }: { children?: ReactNode }) {
  if (!isValidElement<CodeProps>(children)) return <pre>{children}</pre>
  const { className = '', children: text } = children.props
  const asked = /language-(\w+)/.exec(className)?.[1] ?? 'text'
  const lang = (CODE_LANGS as readonly string[]).includes(asked)
    ? (asked as CodeLang)
    : 'text'
  const code = typeof text === 'string' ? text.trimEnd() : ''
  const html = await highlight(code, lang)
  return (
    <div
      className="listing-code"
      // Shiki's output: every character of the source is escaped.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
