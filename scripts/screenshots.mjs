// Screenshots of every page in light and dark, on a laptop and a phone,
// for a person to look at: node scripts/screenshots.mjs [baseURL] [outDir]
// The sign-up demo is also shot after an empty submit and after a sign-up.
import fs from 'node:fs'
import path from 'node:path'

import { chromium } from '@playwright/test'

const base = process.argv[2] ?? 'http://localhost:3000'
const out = process.argv[3] ?? 'screenshots'
fs.mkdirSync(out, { recursive: true })

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate) => fs.existsSync(candidate),
)
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-background-networking', '--disable-component-update'],
})

const pages = [
  '/',
  '/chapters/signup',
  '/chapters/sessions',
  '/chapters/database-sessions',
  '/chapters/proxy',
  '/chapters/dal-dto',
  '/chapters/where-checks-live',
  '/login',
  '/lab/layout-check/a',
  '/chapters/no-such-chapter',
]
const viewports = {
  laptop: { width: 1400, height: 900 },
  phone: { width: 390, height: 844 },
}

async function open(scheme, viewport, url) {
  const page = await browser.newPage({ colorScheme: scheme, viewport })
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`${url}: ${message.text()}`)
  })
  await page.goto(base + url)
  await page.waitForSelector('html[data-hydrated]')
  return page
}

for (const scheme of ['light', 'dark']) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const url of pages) {
      const page = await open(scheme, viewport, url)
      const name = `${scheme}-${device}${url.replaceAll('/', '_') || '_home'}`
      await page.screenshot({
        path: path.join(out, `${name}.png`),
        fullPage: true,
      })
      await page.close()
    }
  }
}

const page = await open('light', viewports.laptop, '/chapters/signup')
const demo = page.locator('#signup-demo')
await demo.getByRole('button', { name: '회원가입' }).click()
await demo.getByText('이름을 입력해 주세요.').waitFor()
await demo.screenshot({ path: path.join(out, 'demo-errors.png') })
await demo.getByLabel('이름').fill('스크린샷 학습자')
await demo.getByLabel('이메일').fill(`shot-${Date.now()}@example.com`)
await demo.getByLabel('비밀번호', { exact: true }).fill('screen-shot-1!')
await demo.getByRole('button', { name: '회원가입' }).click()
await page.getByTestId('user-row').waitFor()
await demo.screenshot({ path: path.join(out, 'demo-signed-in.png') })

await browser.close()
console.log(`screenshots in ${out}/`)
