import 'server-only'

import fs from 'node:fs'

import { transformerStyleToClass } from '@shikijs/transformers'
import { createHighlighter } from 'shiki'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'

import { listChapters } from './chapters'
import {
  cutListing,
  findFences,
  findListingTags,
  ListingError,
  type ListingSource,
} from './listing'

// Only the grammars the chapters use: loading every grammar adds seconds
// to each build.
export const CODE_LANGS = ['tsx', 'ts', 'bash', 'json', 'text'] as const
export type CodeLang = (typeof CODE_LANGS)[number]
const THEMES = { light: 'github-light', dark: 'github-dark' }
// github-light's orange (#e36209) has a contrast of 3.5:1 on white, below
// the 4.5:1 that Lighthouse's accessibility audit asks for; GitHub's own
// accessible orange reaches 5:1. (github-dark does not use #e36209.
// Shiki's per-theme form of this option mixed up other tokens' colours.)
const COLOR_REPLACEMENTS = { '#e36209': '#bc4c00' }

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

function render(code: string, lang: CodeLang): string {
  return highlighter.codeToHtml(code, {
    lang,
    themes: THEMES,
    defaultColor: 'light',
    colorReplacements: COLOR_REPLACEMENTS,
    transformers: [styleToClass],
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

const listingKey = ({ file, region, lines }: ListingSource) =>
  `${file}#${region ?? ''}#${lines ?? ''}`
const fenceKey = (code: string, lang: CodeLang) => `${lang}\n${code.trimEnd()}`

// Every listing and fenced block of every chapter is highlighted here, once,
// when the module loads. Shiki reads the clock while it tokenises, which
// Next refuses while prerendering a page; and nothing a request sends can
// make the server highlight (or read) anything else.
const highlighted = new Map<string, string>()
for (const chapter of listChapters()) {
  const text = fs.readFileSync(chapter.file, 'utf8')
  for (const tag of findListingTags(text)) {
    const listing = cutListing(tag)
    highlighted.set(listingKey(tag), render(listing.code, listing.lang))
  }
  for (const fence of findFences(text)) {
    const lang = toCodeLang(fence.lang)
    highlighted.set(
      fenceKey(fence.code, lang),
      render(fence.code.trimEnd(), lang),
    )
  }
}

export function highlightedListing(source: ListingSource): string {
  const html = highlighted.get(listingKey(source))
  if (html) return html
  // A chapter edited while `next dev` runs: highlight on the spot.
  if (process.env.NODE_ENV !== 'production') {
    const listing = cutListing(source)
    return render(listing.code, listing.lang)
  }
  throw new ListingError(`listing not prepared: ${listingKey(source)}`)
}

/** The highlighted block, or null when the chapters do not contain it. */
export function highlightedFence(code: string, lang: CodeLang): string | null {
  return highlighted.get(fenceKey(code, lang)) ?? null
}
