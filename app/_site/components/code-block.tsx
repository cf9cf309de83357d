import { isValidElement, type ReactNode } from 'react'

import { highlightedFence, toCodeLang } from '../highlight'
import { StaticHtml } from '../static-html/static-html'
import { codeLines } from './code-lines'
import { CopyButton } from './copy-button'

type CodeProps = {
  className?: string
  children?: ReactNode
  'data-highlight'?: string
}

/**
 * A fenced block written in a chapter (```ts ... ```), for code that is
 * not the project's own: shell commands, the notes' outdated snippets.
 */
export function CodeBlock({ children }: { children?: ReactNode }) {
  if (!isValidElement<CodeProps>(children)) return <pre>{children}</pre>
  const { className = '', children: text } = children.props
  const lang = toCodeLang(/language-(\w+)/.exec(className)?.[1])
  const code = typeof text === 'string' ? text : ''
  const html = highlightedFence(code, lang, children.props['data-highlight'])
  return (
    <div className="code-frame">
      {html ? (
        // Shiki's output: every character of the source is escaped.
        <StaticHtml
          className="listing-code"
          style={codeLines(code.split('\n').length)}
          html={html}
        />
      ) : (
        <pre className="plain-code">{code}</pre>
      )}
      <CopyButton />
    </div>
  )
}
