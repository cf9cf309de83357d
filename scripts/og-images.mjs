// Social preview images (Open Graph, 1200×630), one per chapter and one
// for the home page, drawn by Chromium with the system's Korean font and
// committed under public/og/ (decision record 50):
//   node scripts/og-images.mjs
// Run it again after changing a chapter's title or summary; a unit test
// compares public/og/manifest.json with the chapters and fails when stale.
import fs from 'node:fs'
import path from 'node:path'

import { chromium } from '@playwright/test'
import matter from 'gray-matter'

const SITE = 'Next.js 인증 실습'
const out = path.join('public', 'og')
fs.mkdirSync(out, { recursive: true })

const chapters = fs
  .readdirSync('content')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const { data } = matter(fs.readFileSync(path.join('content', name), 'utf8'))
    return {
      slug: path.basename(name, '.mdx').replace(/^\d+-/, ''),
      kicker: `${data.order}장`,
      title: data.title,
      summary: data.summary,
    }
  })
const home = {
  slug: 'home',
  kicker: '한국어 실습서',
  title: 'Next.js 인증, 직접 해 보며 배우기',
  summary:
    '회원가입, 세션, 권한 부여를 실제로 돌아가는 코드와 데모로 배웁니다.',
}

const escape = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  )

const html = ({ kicker, title, summary }) => `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; box-sizing: border-box;
    padding: 72px 80px; display: flex; flex-direction: column;
    background: #0b3a78; color: #fff;
    font-family: 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif;
    word-break: keep-all; }
  .kicker { font-size: 34px; font-weight: 700; color: #bcd7ff; }
  h1 { font-size: 68px; line-height: 1.25; margin: 24px 0 0; }
  p { font-size: 30px; line-height: 1.5; color: #dbe8ff; margin: 28px 0 0; }
  .site { margin-top: auto; font-size: 28px; font-weight: 700;
    display: flex; align-items: center; gap: 16px; }
  .dot { width: 22px; height: 22px; border-radius: 50%; background: #6cb6ff; }
</style></head><body>
  <div class="kicker">${escape(kicker)}</div>
  <h1>${escape(title)}</h1>
  <p>${escape(summary)}</p>
  <div class="site"><span class="dot"></span>${escape(SITE)}</div>
</body></html>`

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate) => fs.existsSync(candidate),
)
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-background-networking', '--disable-component-update'],
})
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
const manifest = {}
for (const card of [home, ...chapters]) {
  await page.setContent(html(card))
  const file = path.join(out, `${card.slug}.png`)
  await page.screenshot({ path: file })
  manifest[card.slug] = { title: card.title, summary: card.summary }
  console.log(`${file}: ${fs.statSync(file).size} bytes`)
}
fs.writeFileSync(
  path.join(out, 'manifest.json'),
  JSON.stringify(manifest, null, 2) + '\n',
)
await browser.close()
