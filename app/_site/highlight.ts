import 'server-only'

import { createHighlighter } from 'shiki'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'

// Only the grammars the chapters use: loading every grammar adds seconds
// to each build. A listing in another language fails loudly instead.
export const CODE_LANGS = ['tsx', 'ts', 'bash', 'json', 'text'] as const
export type CodeLang = (typeof CODE_LANGS)[number]
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' }

// Created once per process; every highlight waits for the same promise.
const highlighter = createHighlighter({
  themes: Object.values(CODE_THEMES),
  langs: CODE_LANGS.filter((lang) => lang !== 'text'),
  engine: createJavaScriptRegexEngine(),
})

/**
 * Cached: shiki's tokenizer reads the clock, which Next refuses while
 * prerendering, and the same listing is highlighted once per build.
 */
export async function highlight(code: string, lang: CodeLang) {
  'use cache'
  return (await highlighter).codeToHtml(code, {
    lang,
    themes: CODE_THEMES,
    defaultColor: 'light',
  })
}
