import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'

import { searcher, snippetOf } from '@/app/_site/search/engine'
import { allSections } from '@/app/_site/search/sections'
import {
  INDEX_OPTIONS,
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
    expect(tokenize('세션은 쿠키를 updateSession')).toEqual([
      '세션',
      '션은',
      '쿠키',
      '키를',
      'updatesession',
    ])
  })

  it('splits Hangul from Latin letters glued to it', () => {
    expect(tokenize('proxy.ts에서 값')).toEqual(['proxy', 'ts', '에서', '값'])
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
    for (const section of sections) {
      expect(section.text).not.toMatch(/<[A-Z]|```|\[#/)
    }
  })
})

describe('searching the index', () => {
  const search = buildSearch()

  it('finds 세션은 and 세션을 when asked for 세션', () => {
    const hits = search('세션')
    expect(hits.length).toBeGreaterThan(5)
    expect(hits.some((hit) => hit.text.includes('세션은'))).toBe(true)
    expect(hits.some((hit) => hit.text.includes('세션을'))).toBe(true)
  })

  it('requires every pair of a long word, not just one', () => {
    const hits = search('데이터베이스')
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      const all = `${hit.heading} ${hit.text}`
      for (const pair of ['데이', '이터', '터베', '베이', '이스']) {
        expect(all).toContain(pair)
      }
    }
  })

  it('finds a code name from its first letters', () => {
    expect(search('updateSess')[0]?.text).toContain('updateSession')
  })

  it('finds nothing for words the chapters never use', () => {
    expect(search('고양이사료')).toEqual([])
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
