import { afterEach, describe, expect, it, vi } from 'vitest'

import { siteMetadata, siteUrl, socialMetadata } from '@/app/_site/social'

const PAGE = {
  path: '/chapters/signup',
  title: '회원가입과 유효성 검사',
  description: '요약',
  image: 'signup',
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('page metadata without SITE_URL', () => {
  it('names no absolute address: a path as canonical, no og:url, no image', () => {
    vi.stubEnv('SITE_URL', '')
    expect(siteUrl()).toBeNull()
    const metadata = socialMetadata(PAGE)
    expect(metadata.alternates?.canonical).toBe('/chapters/signup')
    expect(metadata.openGraph).not.toHaveProperty('url')
    expect(metadata.openGraph).not.toHaveProperty('images')
    expect(metadata.twitter).toMatchObject({ card: 'summary' })
    expect(metadata.twitter).not.toHaveProperty('images')
  })
})

describe('page metadata with SITE_URL', () => {
  it('gives each page its own canonical, og:url and preview image', () => {
    vi.stubEnv('SITE_URL', 'https://auth.example.org')
    expect(siteUrl()?.href).toBe('https://auth.example.org/')
    const metadata = socialMetadata(PAGE)
    expect(metadata.alternates?.canonical).toBe('/chapters/signup')
    expect(metadata.openGraph).toMatchObject({
      url: '/chapters/signup',
      type: 'article',
      images: [{ url: '/og/signup.png', width: 1200, height: 630 }],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })

  it('leaves canonical and og:url out of what every page inherits', () => {
    vi.stubEnv('SITE_URL', 'https://auth.example.org')
    const shared = siteMetadata('사이트', '설명')
    expect(shared).not.toHaveProperty('alternates')
    expect(shared.openGraph).not.toHaveProperty('url')
    expect(shared.openGraph).toMatchObject({
      images: [{ url: '/og/home.png' }],
    })
  })

  it('refuses an address that is not http or https', () => {
    vi.stubEnv('SITE_URL', 'localhost:3000')
    expect(() => siteUrl()).toThrow(/SITE_URL/)
  })
})
