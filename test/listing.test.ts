import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import {
  cutListing,
  ListingError,
  type ListingSource,
} from '@/app/_site/listing'

import { freshDir } from './helpers/env'

const projectRoot = path.resolve(import.meta.dirname, '..')
const contentDir = path.join(projectRoot, 'content')

type Tag = { chapter: string; tag: string; source: ListingSource }

/** Every <CodeListing ... /> tag of every chapter, with its attributes. */
function codeListingTags(): Tag[] {
  const tags: Tag[] = []
  for (const name of fs
    .readdirSync(contentDir)
    .filter((n) => n.endsWith('.mdx'))) {
    const text = fs.readFileSync(path.join(contentDir, name), 'utf8')
    for (const match of text.matchAll(/<CodeListing\b([^>]*?)\/>/g)) {
      const attrs = Object.fromEntries(
        Array.from(
          (match[1] ?? '').matchAll(
            /(\w+)=(?:"([^"]*)"|'([^']*)'|\{"([^"]*)"\})/g,
          ),
          (attr) => [attr[1], attr[2] ?? attr[3] ?? attr[4]],
        ),
      ) as Record<string, string | undefined>
      tags.push({
        chapter: name,
        tag: match[0],
        source: {
          file: attrs.file ?? '',
          region: attrs.region,
          lines: attrs.lines,
        },
      })
    }
  }
  return tags
}

describe('the chapters of this project', () => {
  const tags = codeListingTags()

  it('contain at least one <CodeListing /> tag, each self-closing and with a file', () => {
    expect(tags.length).toBeGreaterThan(0)
    // A tag this parser missed would otherwise go unchecked.
    const written = fs
      .readdirSync(contentDir)
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => fs.readFileSync(path.join(contentDir, n), 'utf8'))
      .join('\n')
      .match(/<CodeListing\b/g)
    expect(written?.length).toBe(tags.length)
    for (const { tag, source } of tags) {
      expect(source.file, tag).not.toBe('')
    }
  })

  // One test per tag, so a failure names the chapter and the tag.
  it.each(tags.map((t) => [`${t.chapter}: ${t.tag}`, t] as const))(
    'point only at code that exists: %s',
    (_, { source }) => {
      const listing = cutListing(source, projectRoot)
      expect(listing.code.trim()).not.toBe('')
      expect(listing.code).not.toMatch(/#(end)?region\b/)
    },
  )
})

describe('cutListing on a fixture', () => {
  let root: string

  const sample = [
    'export const first = 1', // 1
    '// #region outer', // 2
    'function outer() {', // 3
    '  // #region inner', // 4
    '  const x = 1', // 5
    '  // #endregion inner', // 6
    '  return x', // 7
    '}', // 8
    '// #endregion outer', // 9
    '', // 10
    'export function indented() {', // 11
    '  if (first) {', // 12
    '    // #region body', // 13
    '    const y = 2', // 14
    '', // 15
    '    if (y) {', // 16
    '      return y', // 17
    '    }', // 18
    '    // #endregion body', // 19
    '  }', // 20
    '}', // 21
    '// #region unclosed', // 22
    'const z = 3', // 23
  ].join('\n')

  beforeAll(() => {
    root = path.join(freshDir(), 'project')
    fs.mkdirSync(path.join(root, 'src'), { recursive: true })
    fs.writeFileSync(path.join(root, 'src/sample.ts'), sample)
    fs.writeFileSync(
      path.join(root, 'src/page.tsx'),
      [
        '<div>',
        '  {/* #region jsx */}',
        '  <p>hi</p>',
        '  {/* #endregion jsx */}',
        '</div>',
      ].join('\n'),
    )
    fs.writeFileSync(path.join(root, '../project-evil.ts'), 'secret')
  })

  it('cuts a region without its marker lines or the nested markers', () => {
    expect(
      cutListing({ file: 'src/sample.ts', region: 'outer' }, root),
    ).toEqual({
      code: ['function outer() {', '  const x = 1', '  return x', '}'].join(
        '\n',
      ),
      lang: 'ts',
      firstLine: 3,
      lastLine: 8,
    })
  })

  it('cuts a nested region on its own, dedented', () => {
    expect(
      cutListing({ file: 'src/sample.ts', region: 'inner' }, root),
    ).toEqual({
      code: 'const x = 1',
      lang: 'ts',
      firstLine: 5,
      lastLine: 5,
    })
  })

  it('dedents an indented region by its smallest indent, ignoring blank lines', () => {
    expect(cutListing({ file: 'src/sample.ts', region: 'body' }, root)).toEqual(
      {
        code: ['const y = 2', '', 'if (y) {', '  return y', '}'].join('\n'),
        lang: 'ts',
        firstLine: 14,
        lastLine: 18,
      },
    )
  })

  it('recognises JSX comment markers in a .tsx file', () => {
    expect(cutListing({ file: 'src/page.tsx', region: 'jsx' }, root)).toEqual({
      code: '<p>hi</p>',
      lang: 'tsx',
      firstLine: 3,
      lastLine: 3,
    })
  })

  it('cuts a from-to line range, both ends included', () => {
    expect(cutListing({ file: 'src/sample.ts', lines: '11-12' }, root)).toEqual(
      {
        code: ['export function indented() {', '  if (first) {'].join('\n'),
        lang: 'ts',
        firstLine: 11,
        lastLine: 12,
      },
    )
  })

  it('drops region markers that fall inside a line range', () => {
    expect(cutListing({ file: 'src/sample.ts', lines: '1-3' }, root).code).toBe(
      ['export const first = 1', 'function outer() {'].join('\n'),
    )
  })

  it('gives the whole file when neither region nor lines is set', () => {
    const listing = cutListing({ file: 'src/sample.ts' }, root)
    expect(listing.firstLine).toBe(1)
    expect(
      listing.code.startsWith('export const first = 1\nfunction outer() {'),
    ).toBe(true)
    expect(listing.code.endsWith('const z = 3')).toBe(true)
  })

  it('throws ListingError for a missing file', () => {
    expect(() => cutListing({ file: 'src/nope.ts' }, root)).toThrow(
      ListingError,
    )
    expect(() => cutListing({ file: 'src/nope.ts' }, root)).toThrow(
      'listing file not found: src/nope.ts',
    )
  })

  it('throws ListingError for a missing region', () => {
    const cut = () =>
      cutListing({ file: 'src/sample.ts', region: 'nope' }, root)
    expect(cut).toThrow(ListingError)
    expect(cut).toThrow('region "nope" not found in src/sample.ts')
  })

  it('throws ListingError for a region that is opened but never closed', () => {
    expect(() =>
      cutListing({ file: 'src/sample.ts', region: 'unclosed' }, root),
    ).toThrow(ListingError)
  })

  it('does not take a region name for a prefix of another', () => {
    expect(() =>
      cutListing({ file: 'src/sample.ts', region: 'out' }, root),
    ).toThrow(ListingError)
  })

  it.each(['0-2', '3-2', '1-24', '5', 'a-b', '1-2-3', ' 1-2'])(
    'throws ListingError for the bad range %j',
    (lines) => {
      const cut = () => cutListing({ file: 'src/sample.ts', lines }, root)
      expect(cut).toThrow(ListingError)
      expect(cut).toThrow(`bad line range "${lines}" for src/sample.ts`)
    },
  )

  it('accepts a range ending on the last line', () => {
    expect(
      cutListing({ file: 'src/sample.ts', lines: '23-23' }, root).code,
    ).toBe('const z = 3')
  })

  it.each([
    '../outside.ts',
    '../project-evil.ts',
    '/etc/passwd',
    '.',
    'src/../..',
  ])('throws ListingError for %j, outside the root', (file) => {
    const cut = () => cutListing({ file }, root)
    expect(cut).toThrow(ListingError)
    expect(cut).toThrow(`listing outside the project: ${file}`)
  })
})
