import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { Island } from '@/demos/islands/island'
// Islands render on the server and may hold client components (a logout
// button, a copy button); Next must list those for every page, so every
// page's module graph imports what the islands can return.
import '@/demos/islands/panels'
import { RoomBanner } from '@/demos/workshop/room-banner'

import { HydrationMarker } from './_site/components/hydration-marker'
import { SearchBox } from './_site/search/search-box'
import {
  SITE_DESCRIPTION,
  SITE_NAME,
  siteMetadata,
  siteUrl,
} from './_site/social'
import { THEME_SCRIPT } from './_site/theme/theme'
import { ThemeToggle } from './_site/theme/theme-toggle'
import './globals.css'

// No canonical link here: a page that does not name its own would
// otherwise declare the home page as its canonical address.
export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  ...siteMetadata(SITE_NAME, SITE_DESCRIPTION),
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script may set data-theme before React hydrates.
    <html lang="ko" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          본문으로 건너뛰기
        </a>
        <header className="site-header">
          <Link href="/" className="site-title">
            Next.js 인증 실습
          </Link>
          <div className="site-tools">
            <SearchBox />
            <ThemeToggle />
          </div>
          <Island
            panel="session-badge"
            props={{}}
            fallback={<div className="session-badge" />}
          />
        </header>
        {/* Workshop mode: polled after mount, so every page stays static. */}
        <RoomBanner />
        {children}
        <HydrationMarker />
      </body>
    </html>
  )
}
