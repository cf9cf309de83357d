#!/usr/bin/env node
// npm run bench [-- --smoke] [-- --skip-build]
//
// Builds and starts the production server (through the package scripts),
// drives it from this process over loopback, and prints one table of
// figures, each beside its baseline measured in the same run (see
// docs/performance.md). Writes bench-results/latest.json (or smoke.json).
// --smoke: the same steps with few samples, Lighthouse on one chapter and
// no 50,000-user store: a check that the benchmark still works.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { firstLoadJs } from './bench/first-load.mjs'
import { get, median, percentile, sample } from './bench/http.mjs'
import { runLighthouse } from './bench/lighthouse.mjs'
import { buildRows, printTable, writeJson } from './bench/report.mjs'
import { seedStore } from './bench/seed.mjs'
import { readSignupForm, signUp, signUpMany } from './bench/signup.mjs'
import { coldBuild, startServer, stopServer } from './bench/server.mjs'

const smoke = process.argv.includes('--smoke')
const skipBuild = process.argv.includes('--skip-build')
const PORT = Number(process.env.BENCH_PORT) || 3141
const DATA_ROOT = path.resolve('.bench-data')

const COUNTS = smoke
  ? { hashes: 5, pages: 20, signups: 10, sequential: 3, sizes: [0, 10_000] }
  : {
      hashes: 20,
      pages: 200,
      signups: 60,
      sequential: 20,
      sizes: [0, 1_000, 10_000, 50_000],
    }

// What Chromium sends.
const BROWSER_ENCODING = 'gzip, deflate, br, zstd'

const log = (message) => console.error(`[bench] ${message}`)

async function main() {
  const figures = {
    smoke,
    cpus: os.availableParallelism(),
    node: process.version,
    // Other work on the machine moves every figure; ratios against a
    // baseline of the same run move less. Recorded for the reader.
    loadAverageAtStart: os.loadavg()[0],
  }

  if (skipBuild) {
    log('--skip-build: using the existing .next build')
    figures.buildSeconds = NaN
  } else {
    log('cold production build')
    figures.buildSeconds = await coldBuild()
  }

  figures.store = []
  for (const users of COUNTS.sizes) {
    const dataDir = path.join(DATA_ROOT, `store-${users}`)
    const bytes = seedStore(dataDir, users)
    log(
      `server over a store of ${users} users${bytes ? ` (${bytes} bytes)` : ''}`,
    )
    const server = await startServer({ port: PORT, dataDir })
    try {
      const form = await readSignupForm(server.base)
      // Warm-up: the first sign-up opens (or seeds) the store and starts
      // the hashing threads.
      for (let i = 0; i < 3; i++) await signUp(server.base, form, 'warm')
      if (users === 0) await measurePages(server.base, form, figures)
      figures.store.push(await measureSignupLatency(server.base, form, users))
    } catch (error) {
      console.error(server.log().slice(-4000))
      throw error
    } finally {
      await stopServer(server)
    }
  }

  figures.loadAverageAtEnd = os.loadavg()[0]
  const rows = buildRows(figures)
  console.log('')
  printTable(rows)
  log(
    `load average ${figures.loadAverageAtStart.toFixed(1)} at the start, ` +
      `${figures.loadAverageAtEnd.toFixed(1)} at the end, on ${figures.cpus} cores`,
  )
  const out = path.join('bench-results', smoke ? 'smoke.json' : 'latest.json')
  writeJson(out, { date: new Date().toISOString(), figures, rows })
  log(`written to ${out}`)
}

async function measurePages(base, form, figures) {
  const chapters = await listChapters(base)
  const chapter = '/chapters/signup'
  await sample(base, chapter, { n: 10 })
  await sample(base, '/bench/bare', { n: 10 })

  log(`${chapter} and /bench/bare, no load, ${COUNTS.pages} requests each`)
  const [chapterTimes, bareTimes] = await interleaved(base, [
    chapter,
    '/bench/bare',
  ])
  figures.chapter = {
    path: chapter,
    p50: median(chapterTimes),
    p95: percentile(chapterTimes, 95),
    bytes: (await get(base, chapter)).body.length,
  }
  figures.bare = { p50: median(bareTimes), p95: percentile(bareTimes, 95) }

  // What a browser asks for: the same pages, compressed.
  log(`the same two pages as a browser asks for them (${BROWSER_ENCODING})`)
  const packed = { headers: { 'accept-encoding': BROWSER_ENCODING } }
  const [packedChapter, packedBare] = await interleaved(
    base,
    [chapter, '/bench/bare'],
    packed,
  )
  const sent = await get(base, chapter, packed)
  figures.compressed = {
    chapterP50: median(packedChapter),
    bareP50: median(packedBare),
    encoding: sent.headers['content-encoding'] ?? 'identity',
    chapterBytes: sent.body.length,
  }

  log('the same chapter HTML served as a file by node:http')
  figures.file = await measureFile(base, chapter)

  // Right before and right after the sign-ups, with the server idle: the
  // baseline is their mean, so a neighbour that starts or stops working
  // during the run moves both sides of the ratio alike.
  const hashLoop = () =>
    JSON.parse(
      execFileSync(
        'node',
        ['scripts/bench/hash-baseline.mjs', String(COUNTS.hashes)],
        { encoding: 'utf8' },
      ),
    )
  // The loop warms up before it counts (hash-baseline.mjs); so does the
  // server: a burst as large as the measured one's concurrency, so V8 has
  // compiled the action's path and bcryptjs on every pool thread.
  log('warm-up: 20 sign-ups at concurrency 10, not counted')
  await signUpMany(base, form, { total: 20, concurrency: 10, tag: 'warm' })

  log('plain bcryptjs loop on one thread (the per-core limit)')
  const before = hashLoop()

  log(`${COUNTS.signups} sign-ups at concurrency 10`)
  const options = { total: COUNTS.signups, concurrency: 10 }
  const signups = await signUpMany(base, form, { ...options, tag: 'rate' })
  figures.signups = {
    total: COUNTS.signups,
    seconds: signups.seconds,
    perSecond: COUNTS.signups / signups.seconds,
    latencyP50: median(signups.results.map((r) => r.ms)),
  }

  log('plain bcryptjs loop again, after the sign-ups')
  const after = hashLoop()
  figures.hashLoop = {
    before: before.perSecond,
    after: after.perSecond,
    perSecond: (before.perSecond + after.perSecond) / 2,
  }

  log(`the same again while one reader loads ${chapter} over and over`)
  let done = false
  const during = sample(base, chapter, { until: () => done })
  await signUpMany(base, form, { ...options, tag: 'load' }).finally(
    () => (done = true),
  )
  const loadedTimes = await during
  figures.chapter.loadedP95 = percentile(loadedTimes, 95)
  figures.chapter.loadedSamples = loadedTimes.length

  log('first-load JavaScript of every chapter and of the bare page')
  figures.js = { bare: await firstLoadJs(base, '/bench/bare'), chapters: [] }
  for (const page of chapters) {
    figures.js.chapters.push({ path: page, ...(await firstLoadJs(base, page)) })
  }
  figures.js.chapterMax = figures.js.chapters.reduce((a, b) =>
    b.gzipBytes > a.gzipBytes ? b : a,
  )

  const audited = smoke ? chapters.slice(0, 1) : chapters
  log(`Lighthouse on ${audited.length} chapter(s)`)
  figures.lighthouse = await runLighthouse(base, audited, {
    runs: smoke ? 1 : 3,
  })
}

/**
 * COUNTS.pages rounds of one GET of each path in turn, so every path sees
 * the same moments of the machine's load; each path's times, in order.
 */
async function interleaved(base, paths, options) {
  const times = paths.map(() => [])
  for (let i = 0; i < COUNTS.pages; i++) {
    for (const [index, path] of paths.entries()) {
      const { status, ms } = await get(base, path, options)
      if (status !== 200) throw new Error(`GET ${path} answered ${status}`)
      times[index].push(ms)
    }
  }
  return times
}

async function listChapters(base) {
  const home = (await get(base, '/')).body.toString('utf8')
  const paths = [...home.matchAll(/href="(\/chapters\/[a-z0-9-]+)"/g)].map(
    (m) => m[1],
  )
  return [...new Set(paths)]
}

async function measureFile(base, chapter) {
  const file = path.join(DATA_ROOT, 'chapter.html')
  fs.writeFileSync(file, (await get(base, chapter)).body)
  const port = PORT + 1
  const child = spawn(
    'node',
    ['scripts/bench/file-server.mjs', file, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  try {
    await new Promise((resolve) => child.stdout.once('data', resolve))
    const fileBase = `http://127.0.0.1:${port}`
    await sample(fileBase, '/', { n: 10 })
    const times = await sample(fileBase, '/', { n: COUNTS.pages })
    return { p50: median(times), p95: percentile(times, 95) }
  } finally {
    child.kill()
  }
}

async function measureSignupLatency(base, form, users) {
  log(
    `${COUNTS.sequential} sign-ups one after another, ${users} users in the store`,
  )
  const results = []
  for (let i = 0; i < COUNTS.sequential; i++) {
    results.push(await signUp(base, form, `seq${users}`))
  }
  return {
    users,
    signupMs: median(results.map((r) => r.ms)),
    hashMs: median(results.map((r) => r.hashMs)),
    insertMs: median(results.map((r) => r.insertMs)),
  }
}

main().catch((error) => {
  console.error(`[bench] failed: ${error.stack ?? error}`)
  process.exit(1)
})
