// Lighthouse in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium),
// headless, on each page; Lighthouse's default (mobile) settings. A score
// moves by a few points between runs of the same page (its simulated
// phone multiplies the CPU time it observed, and a busy machine observes
// more), so each page is run `runs` times and the median run is reported,
// as Lighthouse's own documentation advises (its computeMedianRun).
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js'

const CATEGORIES = ['performance', 'accessibility', 'best-practices']

export async function runLighthouse(base, paths, { runs = 3 } = {}) {
  const flags = ['--headless=new', '--disable-gpu', '--no-first-run']
  if (process.getuid?.() === 0) flags.push('--no-sandbox')
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: flags,
  })
  try {
    const scores = []
    for (const path of paths) {
      const lhrs = []
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(new URL(path, base).href, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        })
        lhrs.push(result.lhr)
      }
      const { categories, audits } = computeMedianRun(lhrs)
      const score = (lhr, id) =>
        Math.round((lhr.categories[id]?.score ?? 0) * 100)
      const performances = lhrs.map((lhr) => score(lhr, 'performance'))
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
      const median = { categories }
      scores.push({
        path,
        runs,
        performance: score(median, 'performance'),
        performanceRange: [
          Math.min(...performances),
          Math.max(...performances),
        ],
        accessibility: score(median, 'accessibility'),
        bestPractices: score(median, 'best-practices'),
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
