import 'server-only'

import fs from 'node:fs'

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
const THEMES = { light: 'github-light-default', dark: 'github-dark-default' }

const highlighter = await createHighlighter({
  themes: Object.values(THEMES),
  langs: CODE_LANGS.filter((lang) => lang !== 'text'),
  engine: createJavaScriptRegexEngine(),
})

function render(code: string, lang: CodeLang): string {
  return highlighter.codeToHtml(code, {
    lang,
    themes: THEMES,
    defaultColor: 'light-dark()',
  })
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
