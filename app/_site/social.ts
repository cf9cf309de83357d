import type { Metadata } from 'next'
import { z } from 'zod'

export const SITE_NAME = 'Next.js 인증 실습'
export const SITE_DESCRIPTION =
  'Next.js App Router로 회원가입, 세션, 권한 부여를 직접 해 보며 배우는 한국어 실습서'

// SITE_URL is where the site is served from (a workshop laptop's address,
// a deployment), read when pages are built. Without it no page names an
// absolute address: the canonical link stays a path, which any host
// resolves to itself, and og:url and the preview images are left out
// rather than pointing at localhost (decision record 50).
const SiteUrlSchema = z.url({ protocol: /^https?$/ }).optional()

export function siteUrl(): URL | null {
  const parsed = SiteUrlSchema.safeParse(process.env.SITE_URL || undefined)
  if (!parsed.success) {
    throw new Error(`SITE_URL is not an absolute URL: ${process.env.SITE_URL}`)
  }
  return parsed.data ? new URL(parsed.data) : null
}

type Page = {
  /** The page's path, from the site's root. */
  path: string
  title: string
  description: string
  /** The file name under public/og/, without '.png'. */
  image: string
}

/** What every page shares: the site's name, language and card. */
export function siteMetadata(title: string, description: string): Metadata {
  return socialFields({ path: null, title, description, image: 'home' })
}

/**
 * One page's canonical path, Open Graph and Twitter card fields. A page
 * without them gets the site's fields from the root layout and no
 * canonical link of its own, never another page's.
 */
export function socialMetadata(page: Page): Metadata {
  return {
    alternates: { canonical: page.path },
    ...socialFields(page),
  }
}

function socialFields({
  path,
  title,
  description,
  image,
}: Omit<Page, 'path'> & { path: string | null }): Metadata {
  const absolute = siteUrl() !== null
  const images = absolute
    ? [{ url: `/og/${image}.png`, width: 1200, height: 630, alt: title }]
    : undefined
  return {
    openGraph: {
      type: path === null || path === '/' ? 'website' : 'article',
      siteName: SITE_NAME,
      locale: 'ko_KR',
      // og:url must be absolute: without SITE_URL there is none to give.
      ...(absolute && path !== null ? { url: path } : {}),
      title,
      description,
      ...(images ? { images } : {}),
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title,
      description,
      ...(images ? { images } : {}),
    },
  }
}
