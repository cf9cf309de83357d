// Turns the raw figures into rows with a ratio, a target and a verdict,
// prints them as one table and writes them as JSON.
import fs from 'node:fs'
import path from 'node:path'

const round = (value, digits = 1) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : null

export function buildRows(f) {
  const rows = []
  const add = (figure, measured, baseline, ratio, target, pass) =>
    rows.push({
      figure,
      measured,
      baseline,
      ratio: ratio === null ? null : round(ratio, 2),
      target,
      result: pass === null ? 'report' : pass ? 'pass' : 'FAIL',
    })

  const signupRatio = f.signups.perSecond / f.hashLoop.perSecond
  add(
    'sign-ups/s at concurrency 10',
    `${round(f.signups.perSecond)} /s`,
    `${round(f.hashLoop.perSecond)} hashes/s, 1 thread` +
      (f.hashLoop.before
        ? ` (${round(f.hashLoop.before)} before, ${round(f.hashLoop.after)} after)`
        : ''),
    signupRatio,
    '≥ 1.6×',
    signupRatio >= 1.6,
  )
  const loadRatio = f.chapter.loadedP95 / f.chapter.p95
  add(
    'chapter p95 during 10 concurrent sign-ups',
    `${round(f.chapter.loadedP95)} ms`,
    `${round(f.chapter.p95)} ms unloaded`,
    loadRatio,
    '≤ 3×',
    loadRatio <= 3,
  )
  const bareRatio = f.chapter.p50 / f.bare.p50
  add(
    'chapter p50, no load',
    `${round(f.chapter.p50)} ms`,
    `${round(f.bare.p50)} ms bare page`,
    bareRatio,
    '≤ 1.3×',
    bareRatio <= 1.3,
  )
  if (f.compressed) {
    const { encoding, chapterBytes } = f.compressed
    add(
      `chapter p50, compressed (${encoding}, ${round(chapterBytes / 1000)} kB)`,
      `${round(f.compressed.chapterP50)} ms`,
      `${round(f.compressed.bareP50)} ms bare page`,
      f.compressed.chapterP50 / f.compressed.bareP50,
      'report',
      null,
    )
  }
  add(
    'chapter p50 vs the same HTML as a file',
    `${round(f.chapter.p50)} ms`,
    `${round(f.file.p50)} ms node:http`,
    f.chapter.p50 / f.file.p50,
    'report',
    null,
  )
  const extraKb = (f.js.chapterMax.gzipBytes - f.js.bare.gzipBytes) / 1000
  add(
    `first-load JS, gzip (largest: ${f.js.chapterMax.path})`,
    `${round(f.js.chapterMax.gzipBytes / 1000)} kB`,
    `${round(f.js.bare.gzipBytes / 1000)} kB bare page`,
    null,
    '≤ +40 kB',
    extraKb <= 40,
  )
  const empty = f.store.find((s) => s.users === 0)
  for (const size of f.store.filter((s) => s.users > 0)) {
    const ratio = size.signupMs / empty.signupMs
    const judged = size.users === 10_000
    add(
      `sign-up latency, ${size.users.toLocaleString('en')} users`,
      `${round(size.signupMs)} ms (write ${round(size.insertMs)} ms)`,
      `${round(empty.signupMs)} ms (write ${round(empty.insertMs)} ms), 5 users`,
      ratio,
      judged ? '≤ 1.3×' : 'report',
      judged ? ratio <= 1.3 : null,
    )
  }
  for (const page of f.lighthouse) {
    const pass =
      page.performance >= 95 &&
      page.accessibility === 100 &&
      page.bestPractices >= 95
    const [low, high] = page.performanceRange ?? []
    const spread =
      page.runs > 1 ? ` (median of ${page.runs}, perf ${low}–${high})` : ''
    add(
      `Lighthouse ${page.path}`,
      `${page.performance} / ${page.accessibility} / ${page.bestPractices}`,
      `perf / a11y / best pr.${spread}`,
      null,
      '≥95 / 100 / ≥95',
      pass,
    )
  }
  add(
    'cold production build',
    `${round(f.buildSeconds)} s`,
    '—',
    null,
    'report',
    null,
  )
  return rows
}

export function printTable(rows) {
  const headers = [
    'figure',
    'measured',
    'baseline (same run)',
    'ratio',
    'target',
    'result',
  ]
  const cells = rows.map((r) => [
    r.figure,
    r.measured,
    r.baseline,
    r.ratio === null ? '' : `${r.ratio}×`,
    r.target,
    r.result,
  ])
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...cells.map((c) => String(c[i]).length)),
  )
  const line = (c) =>
    `| ${c.map((v, i) => String(v).padEnd(widths[i])).join(' | ')} |`
  console.log(line(headers))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const c of cells) console.log(line(c))
}

export function writeJson(file, content) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`)
}
