// Lighthouse in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium),
// headless, on each page; Lighthouse's default (mobile) settings.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const CATEGORIES = ['performance', 'accessibility', 'best-practices']

export async function runLighthouse(base, paths) {
  const flags = ['--headless=new', '--disable-gpu', '--no-first-run']
  if (process.getuid?.() === 0) flags.push('--no-sandbox')
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: flags,
  })
  try {
    const scores = []
    for (const path of paths) {
      const result = await lighthouse(new URL(path, base).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      })
      const { categories, audits } = result.lhr
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100)
      // Which binary audits failed, and on which elements (for fixing).
      const failing = Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode === 'binary',
        )
        .map((a) => ({
          id: a.id,
          nodes: (a.details?.items ?? [])
            .map((item) => item.node?.snippet)
            .filter(Boolean)
            .slice(0, 5),
        }))
      scores.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcpMs: Math.round(
          audits['largest-contentful-paint']?.numericValue ?? NaN,
        ),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        failing,
      })
    }
    return scores
  } finally {
    await chrome.kill()
  }
}
