import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'

import {
  MAX_HITS,
  searcher,
  snippetOf,
  type SearchHit,
} from '@/app/_site/search/engine'
import { allSections, chapterSections } from '@/app/_site/search/sections'
import {
  INDEX_OPTIONS,
  termText,
  tokenize,
  type SearchDocument,
} from '@/app/_site/search/tokenize'

function buildSearch() {
  // The same steps as GET /api/search-index, then the browser's loading.
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS)
  index.addAll(allSections())
  const json = JSON.stringify(index)
  return searcher(MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS))
}

describe('tokenize', () => {
  it('cuts Hangul into syllable pairs and keeps other words whole', () => {
    const terms = tokenize('세션은 쿠키를 updateSession')
    expect(terms.map(termText)).toEqual([
      '세션',
      '션은',
      '쿠키',
      '키를',
      'updatesession',
    ])
  })

  it('splits Hangul from Latin letters glued to it', () => {
    expect(tokenize('proxy.ts에서 값').map(termText)).toEqual([
      'proxy',
      'ts',
      '에서',
      '값',
    ])
  })

  it('stores Hangul as letters, so a typo is one letter away', () => {
    // 세션 is ㅅ ㅔ ㅅ ㅕ ㄴ: five letters, and 세샨 differs in one (ㅑ).
    expect(tokenize('세션')).toEqual(['\u1109\u1166\u1109\u1167\u11ab'])
    expect(tokenize('세샨')[0]).toHaveLength(5)
  })
})

describe('the chapter sections', () => {
  const sections = allSections()

  it('cover every chapter, with anchors unique within a chapter', () => {
    const slugs = new Set(sections.map((section) => section.slug))
    expect(slugs.size).toBe(6)
    for (const slug of slugs) {
      const anchors = sections
        .filter((section) => section.slug === slug && section.anchor)
        .map((section) => section.anchor)
      expect(new Set(anchors).size).toBe(anchors.length)
    }
  })

  it('keep the author anchor of a heading, and no markup in their text', () => {
    const login = sections.find(
      (section) => section.slug === 'sessions' && section.anchor === 'login',
    )
    expect(login?.heading).toBe('로그인')
    // Inline code such as `<Suspense>` is text the reader sees; our own
    // tags and any attribute are not.
    const tag = /<\/?(Quiz|Predict|Callout|CodeListing|\w+Demo|\w+Flow)\b/
    for (const section of sections) {
      expect(section.text).not.toMatch(tag)
      expect(section.text).not.toMatch(
        /\b(options|answer|question|prompt|file|region|kind)=|```|\[#|&quot;/,
      )
    }
  })

  it('hold a quiz question but never its options, answer or explanation', () => {
    const quiz = sections.find(
      (section) => section.slug === 'signup' && section.anchor === 'quiz',
    )
    expect(quiz?.text).toContain('zod로 다시 검사합니다. 왜 그럴까요?')
    const all = sections.map((section) => section.text).join('\n')
    // An option, and the explanation of that quiz, both from 01-signup.mdx.
    expect(all).not.toContain('누구나 POST로 부를 수 있어서')
    expect(all).not.toContain('(서버 액션, 일찍 반환)')
    // A prediction's answer (the open <details>) is left out as well.
    expect(all).not.toContain('이 비밀번호는 77바이트입니다')
  })
})

describe('a chapter with tags over several lines', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sections-'))
  const file = path.join(dir, '09-test.mdx')
  fs.writeFileSync(
    file,
    [
      '---',
      'title: 시험 장',
      'order: 9',
      'summary: 요약',
      '---',
      '',
      '## 첫 절 [#first]',
      '',
      '본문에서 `<Suspense>`를 씁니다.',
      '',
      '<SignupDemo',
      '  mode="full"',
      '/>',
      '',
      '<Callout kind="note">',
      '',
      '콜아웃 속 문장입니다.',
      '',
      '</Callout>',
      '',
      '## 확인 문제 [#quiz]',
      '',
      '<Quiz',
      '  question="어느 쪽일까요?"',
      '  options={[',
      '    "틀린 보기",',
      '    "맞는 보기",',
      '  ]}',
      '  answer={1}',
      '>',
      '',
      '해설은 답을 말합니다.',
      '',
      '</Quiz>',
      '',
    ].join('\n'),
  )
  const sections = chapterSections({
    slug: 'test',
    file,
    title: '시험 장',
    order: 9,
    summary: '요약',
  })

  it('keeps prose, inline code and callouts, and drops every attribute', () => {
    expect(sections.map((section) => section.anchor)).toEqual(['first', 'quiz'])
    expect(sections[0]?.text).toBe(
      '본문에서 <Suspense>를 씁니다. 콜아웃 속 문장입니다.',
    )
    expect(sections[1]?.text).toBe('어느 쪽일까요?')
  })
})

describe('searching the index', () => {
  const search = buildSearch()
  const hitsOf = (query: string) => search(query).hits

  it('finds 세션은 and 세션을 when asked for 세션', () => {
    const { hits, similar, total } = search('세션')
    expect(similar).toBe(false)
    expect(hits).toHaveLength(MAX_HITS)
    // More sections say 세션 than the list shows; the count is the true one.
    expect(total).toBeGreaterThan(MAX_HITS)
    const all = allSections().filter((section) =>
      `${section.heading} ${section.text}`.includes('세션'),
    )
    expect(total).toBe(all.length)
    expect(hits.some((hit) => hit.text.includes('세션은'))).toBe(true)
    expect(hits.some((hit) => hit.text.includes('세션을'))).toBe(true)
  })

  it('requires every pair of a long word, not just one', () => {
    const hits = hitsOf('데이터베이스')
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      const all = `${hit.heading} ${hit.text}`
      for (const pair of ['데이', '이터', '터베', '베이', '이스']) {
        expect(all).toContain(pair)
      }
    }
  })

  it('finds a code name from its first letters', () => {
    expect(hitsOf('updateSess')[0]?.text).toContain('updateSession')
  })

  it('finds nothing for words the chapters never use', () => {
    expect(search('고양이사료')).toEqual({ hits: [], total: 0, similar: false })
    expect(search('zzzz').total).toBe(0)
  })
})

describe('close spellings', () => {
  const search = buildSearch()

  for (const [typo, meant] of [
    ['세샨', '세션'],
    ['쿠기', '쿠키'],
    ['비밀번후', '비밀번호'],
    ['데이타베이스', '데이터베이스'],
    ['sesion', 'session'],
    ['updateSesion', 'updateSession'],
    ['verifySesion', 'verifySession'],
  ] as const) {
    it(`finds ${meant} for ${typo}, and says the results are similar`, () => {
      const { hits, similar } = search(typo)
      expect(similar).toBe(true)
      expect(hits.length).toBeGreaterThan(0)
      const first = hits[0] as SearchHit
      expect(`${first.heading} ${first.text}`).toContain(meant)
      // The snippet marks the word the section really has.
      const snippet = snippetOf(first.text, typo, first.matched)
      expect(meant.toLowerCase()).toContain(snippet.match.toLowerCase())
      expect(snippet.match.length).toBeGreaterThan(1)
    })
  }

  it('are not tried when the word is there as typed', () => {
    expect(search('세션').similar).toBe(false)
    expect(search('session').similar).toBe(false)
  })

  it('leave short words exact: one letter off 키 or id is not a match', () => {
    expect(search('qz').total).toBe(0)
  })

  it('find a section holding most of a long query when not all of it', () => {
    const { hits, similar } = search('세션 쿠키 고양이')
    expect(similar).toBe(true)
    expect(hits.length).toBeGreaterThan(0)
  })
})

describe('snippetOf', () => {
  it('cuts the text around the first match', () => {
    const text = `${'가'.repeat(100)} 세션은 여기 ${'나'.repeat(100)}`
    const snippet = snippetOf(text, '세션')
    expect(snippet.match).toBe('세션')
    expect(snippet.before.startsWith('…')).toBe(true)
    expect(snippet.after.endsWith('…')).toBe(true)
  })
})
