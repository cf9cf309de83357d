import 'server-only'

import fs from 'node:fs'

import { transformerStyleToClass } from '@shikijs/transformers'
import { createHighlighter, type ShikiTransformer } from 'shiki'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'

import { listChapters } from './chapters'
import {
  cutListing,
  findFences,
  findListingTags,
  ListingError,
  parseHighlight,
  type ListingSource,
} from './listing'

// Only the grammars the chapters use: loading every grammar adds seconds
// to each build.
export const CODE_LANGS = ['tsx', 'ts', 'bash', 'json', 'text'] as const
export type CodeLang = (typeof CODE_LANGS)[number]
// The high-contrast variants: the default GitHub themes' comments and
// parameters fall below WCAG AA (4.5:1) on their own backgrounds.
const THEMES = {
  light: 'github-light-high-contrast',
  dark: 'github-dark-high-contrast',
}

const highlighter = await createHighlighter({
  themes: Object.values(THEMES),
  langs: CODE_LANGS.filter((lang) => lang !== 'text'),
  engine: createJavaScriptRegexEngine(),
})

// Each token's colours become a short class instead of an inline style of
// ~45 characters. A chapter's HTML carries every listing twice (as HTML and
// in the page's RSC payload), and every request for a chapter serialises
// that payload again: this cut a third of the page (docs/performance.md).
const styleToClass = transformerStyleToClass({ classPrefix: 'hl-' })

/** Marks the lines a chapter points at; CSS paints them (globals.css). */
function markLines(marked: Set<number>): ShikiTransformer {
  return {
    name: 'mark-lines',
    line(node, line) {
      if (marked.has(line)) {
        this.addClassToHast(node, 'line-marked')
        node.properties['data-marked'] = ''
      }
    },
  }
}

function render(
  code: string,
  lang: CodeLang,
  highlight?: string,
  label = 'code block',
): string {
  const marked = parseHighlight(highlight, code.split('\n').length, label)
  return highlighter.codeToHtml(code, {
    lang,
    themes: THEMES,
    // Each token carries both colours; color-scheme (the theme toggle)
    // picks one, so code follows the page without a second stylesheet.
    defaultColor: 'light-dark()',
    // Neighbouring tokens of the same colour share one span.
    mergeSameStyleTokens: true,
    transformers: marked.size
      ? [styleToClass, markLines(marked)]
      : [styleToClass],
  })
}

/** The stylesheet of the classes the highlighted code uses. */
export function highlightCss(): string {
  return styleToClass.getCSS()
}

export function toCodeLang(asked: string | undefined): CodeLang {
  return (CODE_LANGS as readonly string[]).includes(asked ?? '')
    ? (asked as CodeLang)
    : 'text'
}

const listingKey = ({ file, region, lines, highlight }: ListingSource) =>
  `${file}#${region ?? ''}#${lines ?? ''}#${highlight ?? ''}`
const fenceKey = (code: string, lang: CodeLang, highlight?: string) =>
  `${lang}#${highlight ?? ''}\n${code.trimEnd()}`

function renderListing(source: ListingSource): string {
  const listing = cutListing(source)
  return render(listing.code, listing.lang, source.highlight, source.file)
}

// Every listing and fenced block of every chapter is highlighted here, once,
// when the module loads. Shiki reads the clock while it tokenises, which
// Next refuses while prerendering a page; and nothing a request sends can
// make the server highlight (or read) anything else.
const highlighted = new Map<string, string>()
for (const chapter of listChapters()) {
  const text = fs.readFileSync(chapter.file, 'utf8')
  for (const tag of findListingTags(text)) {
    highlighted.set(listingKey(tag), renderListing(tag))
  }
  for (const fence of findFences(text)) {
    const lang = toCodeLang(fence.lang)
    highlighted.set(
      fenceKey(fence.code, lang, fence.highlight),
      render(fence.code.trimEnd(), lang, fence.highlight),
    )
  }
}

export function highlightedListing(source: ListingSource): string {
  const html = highlighted.get(listingKey(source))
  if (html) return html
  // A chapter edited while `next dev` runs: highlight on the spot.
  if (process.env.NODE_ENV !== 'production') return renderListing(source)
  throw new ListingError(`listing not prepared: ${listingKey(source)}`)
}

/** The highlighted block, or null when the chapters do not contain it. */
export function highlightedFence(
  code: string,
  lang: CodeLang,
  highlight?: string,
): string | null {
  return highlighted.get(fenceKey(code, lang, highlight)) ?? null
}
