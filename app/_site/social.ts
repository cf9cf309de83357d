import type { Metadata } from 'next'
import { z } from 'zod'

export const SITE_NAME = 'Next.js 인증 실습'

// Social previews need absolute image URLs. SITE_URL is where the site is
// served (a workshop laptop's address, a deployment); without it the
// previews point at localhost, which only a local browser can open.
const SiteUrlSchema = z.url().default('http://localhost:3000')

export function siteUrl(): URL {
  const parsed = SiteUrlSchema.safeParse(process.env.SITE_URL || undefined)
  if (!parsed.success) {
    throw new Error(`SITE_URL is not an absolute URL: ${process.env.SITE_URL}`)
  }
  return new URL(parsed.data)
}

type Page = {
  /** The page's path, from the site's root. */
  path: string
  title: string
  description: string
  /** The file name under public/og/, without '.png'. */
  image: string
}

/** Open Graph and Twitter card fields for one page (decision record 50). */
export function socialMetadata({
  path,
  title,
  description,
  image,
}: Page): Metadata {
  const images = [
    { url: `/og/${image}.png`, width: 1200, height: 630, alt: title },
  ]
  return {
    alternates: { canonical: path },
    openGraph: {
      type: path === '/' ? 'website' : 'article',
      siteName: SITE_NAME,
      locale: 'ko_KR',
      url: path,
      title,
      description,
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images },
  }
}
