import fs from 'node:fs'
import path from 'node:path'

import type { CodeLang } from './highlight'

export type ListingSource = {
  file: string
  region?: string
  lines?: string
  /** Lines of the listing to mark, counted from its first line: '3-5,8'. */
  highlight?: string
}

export type Listing = {
  code: string
  lang: CodeLang
  firstLine: number
  lastLine: number
}

const REGION = /^\s*(?:\/\/|\{\/\*|\/\*)\s*#(region|endregion)\b\s*([\w-]*)/

/** Every `<CodeListing ... />` tag in an MDX text, with its attributes. */
export function findListingTags(text: string): ListingSource[] {
  return [...text.matchAll(/<CodeListing\b([^>]*?)\/>/g)].map((match) => {
    const attributes = Object.fromEntries(
      [...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [
        a[1],
        a[2],
      ]),
    )
    return {
      file: attributes.file ?? '',
      region: attributes.region,
      lines: attributes.lines,
      highlight: attributes.highlight,
    }
  })
}

/** Every fenced code block (```lang ... ```) in a markdown text. */
export function findFences(
  text: string,
): { lang?: string; code: string; highlight?: string }[] {
  return [...text.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```/gm)].map((m) => ({
    lang: m[1] || undefined,
    code: m[3] ?? '',
    highlight: fenceHighlight(m[2]),
  }))
}

/** The `highlight="2-3"` of a fence's meta string (```ts highlight="2-3"). */
export function fenceHighlight(meta: string | undefined): string | undefined {
  return /\bhighlight="([^"]*)"/.exec(meta ?? '')?.[1]
}

export class ListingError extends Error {
  override name = 'ListingError'
}

/**
 * Cuts a listing out of a real source file, by `// #region name` markers or
 * by a 'from-to' line range. Throws when the file or region is missing, so
 * a chapter that points at moved code fails the build and the tests.
 */
export function cutListing(
  source: ListingSource,
  root: string = process.cwd(),
): Listing {
  const base = path.resolve(/*turbopackIgnore: true*/ root)
  const absolute = path.resolve(/*turbopackIgnore: true*/ base, source.file)
  if (!absolute.startsWith(base + path.sep)) {
    throw new ListingError(`listing outside the project: ${source.file}`)
  }
  if (!fs.existsSync(/*turbopackIgnore: true*/ absolute)) {
    throw new ListingError(`listing file not found: ${source.file}`)
  }
  const all = fs
    .readFileSync(/*turbopackIgnore: true*/ absolute, 'utf8')
    .split('\n')
  const { start, end } = source.region
    ? findRegion(all, source.region, source.file)
    : parseRange(source.lines, all.length, source.file)

  const body = all.slice(start, end).filter((line) => !REGION.test(line))
  return {
    code: dedent(body).join('\n').trimEnd(),
    lang: langOf(source.file),
    firstLine: start + 1,
    lastLine: end,
  }
}

/**
 * '3-5,8' → {3, 4, 5, 8}: the lines a chapter points at, counted from the
 * listing's first line. A line outside the listing is an error, so a
 * highlight that drifts off its code fails the build like a moved region.
 */
export function parseHighlight(
  spec: string | undefined,
  lineCount: number,
  label: string,
): Set<number> {
  const marked = new Set<number>()
  if (!spec) return marked
  for (const part of spec.split(',')) {
    const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part)
    const from = Number(match?.[1])
    const to = Number(match?.[2] ?? match?.[1])
    if (!match || from < 1 || to < from || to > lineCount) {
      throw new ListingError(`bad highlight "${spec}" for ${label}`)
    }
    for (let line = from; line <= to; line++) marked.add(line)
  }
  return marked
}

function findRegion(lines: string[], name: string, file: string) {
  const at = (kind: string) =>
    lines.findIndex((line) => {
      const match = REGION.exec(line)
      return match?.[1] === kind && match[2] === name
    })
  const open = at('region')
  const close = at('endregion')
  if (open < 0 || close < open) {
    throw new ListingError(`region "${name}" not found in ${file}`)
  }
  return { start: open + 1, end: close }
}

function parseRange(range: string | undefined, total: number, file: string) {
  if (!range) return { start: 0, end: total }
  const match = /^(\d+)-(\d+)$/.exec(range)
  const from = Number(match?.[1])
  const to = Number(match?.[2])
  if (!match || from < 1 || to < from || to > total) {
    throw new ListingError(`bad line range "${range}" for ${file}`)
  }
  return { start: from - 1, end: to }
}

function dedent(lines: string[]): string[] {
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^ */.exec(line)?.[0].length ?? 0)
  const cut = indents.length ? Math.min(...indents) : 0
  return lines.map((line) => line.slice(cut))
}

function langOf(file: string): CodeLang {
  const ext = path.extname(file)
  if (ext === '.tsx') return 'tsx'
  if (ext === '.ts' || ext === '.mjs') return 'ts'
  if (ext === '.json') return 'json'
  if (ext === '.sh' || file.endsWith('/run')) return 'bash'
  return 'text'
}
