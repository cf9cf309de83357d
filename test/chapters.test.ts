import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { CONTENT_DIR, listChapters } from '@/app/_site/chapters'

import { freshDir } from './helpers/env'

function fixture(files: Record<string, string>): string {
  const dir = freshDir()
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const chapter = (title: string, order: number | string, summary = '요약') =>
  `---\ntitle: ${title}\norder: ${order}\nsummary: ${summary}\n---\n\n본문.\n`

describe('listChapters on this project', () => {
  it('reads content/ and names 01-signup.mdx "signup"', () => {
    expect(CONTENT_DIR).toBe(path.join(process.cwd(), 'content'))
    const chapters = listChapters()
    expect(chapters.length).toBeGreaterThan(0)
    const signup = chapters.find((c) => c.slug === 'signup')
    expect(signup).toMatchObject({
      title: '회원가입과 유효성 검사',
      order: 1,
      file: path.join(CONTENT_DIR, '01-signup.mdx'),
    })
  })

  it('gives every chapter a unique slug and a unique order, sorted by order', () => {
    const chapters = listChapters()
    const orders = chapters.map((c) => c.order)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
    expect(new Set(orders).size).toBe(chapters.length)
    expect(new Set(chapters.map((c) => c.slug)).size).toBe(chapters.length)
  })
})

describe('listChapters on a fixture', () => {
  it('sorts by frontmatter order, not file name, and strips the number prefix', () => {
    const dir = fixture({
      '01-zeta.mdx': chapter('제타', 3),
      '02-alpha.mdx': chapter('알파', 1),
      '10-middle-part.mdx': chapter('중간', 2),
      'notes.md': 'not a chapter',
      'README.txt': 'not a chapter',
    })
    expect(listChapters(dir)).toEqual([
      {
        title: '알파',
        order: 1,
        summary: '요약',
        slug: 'alpha',
        file: path.join(dir, '02-alpha.mdx'),
      },
      {
        title: '중간',
        order: 2,
        summary: '요약',
        slug: 'middle-part',
        file: path.join(dir, '10-middle-part.mdx'),
      },
      {
        title: '제타',
        order: 3,
        summary: '요약',
        slug: 'zeta',
        file: path.join(dir, '01-zeta.mdx'),
      },
    ])
  })

  it('keeps a file name without a numeric prefix as the slug', () => {
    const dir = fixture({ 'intro.mdx': chapter('소개', 1) })
    expect(listChapters(dir).map((c) => c.slug)).toEqual(['intro'])
  })

  it('returns no chapters for a folder without .mdx files', () => {
    expect(listChapters(fixture({}))).toEqual([])
  })

  it.each([
    ['an order that is a string', chapter('제목', '"first"')],
    ['an order of zero', chapter('제목', 0)],
    ['a fractional order', chapter('제목', 1.5)],
    ['an empty title', chapter("''", 1)],
    ['no summary', '---\ntitle: 제목\norder: 1\n---\n'],
    ['no frontmatter at all', '# 제목\n'],
  ])('throws naming the file for %s', (_, text) => {
    const dir = fixture({
      '01-good.mdx': chapter('좋음', 1),
      '02-bad.mdx': text,
    })
    expect(() => listChapters(dir)).toThrow(/^bad frontmatter in 02-bad\.mdx: /)
  })
})

describe('listChapters between requests', () => {
  it('gives back the same list while no file changed, and reads a changed file again', () => {
    const dir = fixture({ '01-a.mdx': chapter('첫 장', 1) })
    const first = listChapters(dir)
    expect(listChapters(dir)).toBe(first)

    const file = path.join(dir, '01-a.mdx')
    fs.writeFileSync(file, chapter('고친 장', 1))
    // A later modification time, as an editor's save would leave.
    const later = new Date(fs.statSync(file).mtimeMs + 5_000)
    fs.utimesSync(file, later, later)

    const again = listChapters(dir)
    expect(again).not.toBe(first)
    expect(again.map((c) => c.title)).toEqual(['고친 장'])
  })

  it('notices a chapter added to the folder', () => {
    const dir = fixture({ '01-a.mdx': chapter('첫 장', 1) })
    expect(listChapters(dir)).toHaveLength(1)
    fs.writeFileSync(path.join(dir, '02-b.mdx'), chapter('둘째 장', 2))
    expect(listChapters(dir).map((c) => c.slug)).toEqual(['a', 'b'])
  })
})
