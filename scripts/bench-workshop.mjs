#!/usr/bin/env node
// A room of learners against a production build, as a benchmark (not a
// test): prints figures, asserts nothing about speed.
//
//   npm run bench:workshop [-- --no-build] [-- --learners 60 --seconds 10]
//
// It builds the site, starts it as the README tells an instructor to
// (`server.mjs`, what `npm start` runs) on its own port with a fresh store
// in a temporary folder, then runs a second process on loopback that
// signs up and logs in LEARNERS learners spread over SECONDS seconds
// (no-JavaScript form posts to the real Server Actions, as a browser
// without JS would send them) while READERS readers keep opening chapter
// pages as a browser does: the static page, then one Server Action call
// for its per-learner parts (the islands), and now and then the banner
// endpoint. At the end it counts what landed in the store file.
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const PORT = Number(process.env.BENCH_PORT) || 3139
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const LEARNERS = option('learners', 60)
const SECONDS = option('seconds', 10)
const READERS = option('readers', 20)
// A reader opens a page, reads for a moment, opens the next one.
const THINK_MS = option('think', 1000)
// Each chapter with the parts its islands ask for (demos/islands).
const BADGE = { panel: 'session-badge', props: {} }
const CHAPTER_PANELS = {
  '/chapters/signup': [{ panel: 'signup-status', props: {} }],
  '/chapters/sessions': [
    {
      panel: 'login-status',
      props: { chapter: 'sessions', anchor: 'login-demo' },
    },
    { panel: 'tamper-status', props: {} },
    { panel: 'inspector', props: { demo: 'replay-demo' } },
  ],
  '/chapters/database-sessions': [
    {
      panel: 'login-status',
      props: { chapter: 'database-sessions', anchor: 'db-login-demo' },
    },
    { panel: 'inspector', props: { demo: 'db-replay-demo' } },
    { panel: 'session-list', props: {} },
  ],
  '/chapters/proxy': [{ panel: 'protected-state', props: {} }],
  '/chapters/dal-dto': [{ panel: 'dto-profiles', props: {} }],
  '/chapters/where-checks-live': [
    { panel: 'admin-viewer', props: {} },
    { panel: 'admin-banner', props: {} },
  ],
}
const CHAPTERS = Object.keys(CHAPTER_PANELS)

async function main() {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  const next = path.join(root, 'node_modules', '.bin', 'next')
  if (!args.includes('--no-build')) {
    console.log('building (next build)…')
    const built = spawnSync(next, ['build'], { cwd: root, stdio: 'ignore' })
    if (built.status !== 0) throw new Error('next build failed')
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-workshop-'))
  const server = spawn(
    process.execPath,
    ['server.mjs', '--port', String(PORT), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      detached: true, // its own process group, so it can be stopped whole
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        SESSION_SECRET: randomBytes(32).toString('base64'),
        INSTRUCTOR_PASSWORD: randomBytes(12).toString('base64url'),
      },
    },
  )
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  process.on('exit', stop)

  try {
    const base = `http://127.0.0.1:${PORT}`
    await waitFor(`${base}/api/workshop/room`)
    for (const page of CHAPTERS) await fetch(base + page) // warm up
    console.log(
      `server on ${base}; ${LEARNERS} learners over ${SECONDS} s, ` +
        `${READERS} readers (one page every ${THINK_MS} ms each), ` +
        `${os.cpus().length} cores, load average ` +
        os
          .loadavg()
          .map((n) => n.toFixed(1))
          .join(' '),
    )

    const client = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--client', String(PORT), ...args],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    )
    if (client.status !== 0) throw new Error(client.stderr)
    const figures = JSON.parse(client.stdout)

    const store = JSON.parse(
      fs.readFileSync(path.join(dataDir, 'db.json'), 'utf8'),
    )
    const landed = store.users.filter((u) =>
      u.email.startsWith('bench-'),
    ).length
    report(figures, landed)
  } finally {
    stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await sleep(200)
  }
  throw new Error(`${url} did not answer`)
}

// ---- the room (second process) ----

async function runRoom(base) {
  const signupForm = await formFields(base, '/chapters/signup', 'name="name"')
  const loginForm = await formFields(
    base,
    '/chapters/sessions',
    'name="strategy"',
  )
  const islandAction = loadPanelsActionId()
  const pages = []
  const islands = []
  const signups = []
  const logins = []
  let learnersDone = false

  const readers = Array.from({ length: READERS }, async (_, r) => {
    let n = r
    while (!learnersDone) {
      const url = n % 4 === 3 ? '/api/workshop/room' : CHAPTERS[n % 6]
      pages.push(
        await timed(
          () => fetch(base + url),
          (res) => res.ok,
        ),
      )
      if (CHAPTER_PANELS[url]) {
        const asked = [BADGE, ...CHAPTER_PANELS[url]]
        islands.push(
          await timed(
            () => loadIslands(base, url, islandAction, asked),
            (res) => res.ok,
          ),
        )
      }
      n += 1
      await sleep(THINK_MS)
    }
  })

  const started = performance.now()
  const learners = Array.from({ length: LEARNERS }, async (_, i) => {
    await sleep((i * SECONDS * 1000) / LEARNERS)
    const email = `bench-${i}-${randomBytes(3).toString('hex')}@example.com`
    const password = 'bench-pass-1!'
    signups.push(
      await timed(
        () =>
          post(base, '/chapters/signup', signupForm, {
            name: `학습자 ${i}`,
            email,
            password,
          }),
        signedIn,
      ),
    )
    logins.push(
      await timed(
        () =>
          post(base, '/chapters/sessions', loginForm, {
            email,
            password,
            strategy: i % 2 ? 'database' : 'stateless',
          }),
        signedIn,
      ),
    )
  })
  await Promise.all(learners)
  const elapsed = performance.now() - started
  learnersDone = true
  await Promise.all(readers)
  return { pages, islands, signups, logins, elapsed }
}

/** The id Next gave the islands' Server Action in this build. */
function loadPanelsActionId() {
  const manifest = JSON.parse(
    fs.readFileSync(
      new URL(
        '../.next/server/server-reference-manifest.json',
        import.meta.url,
      ),
      'utf8',
    ),
  )
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.exportedName === 'loadPanels',
  )
  if (!found) throw new Error('no loadPanels action in this build')
  return found[0]
}

/** What a browser sends after the page loads: one call for its islands. */
function loadIslands(base, page, actionId, asked) {
  return fetch(base + page, {
    method: 'POST',
    headers: {
      'Next-Action': actionId,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: base,
    },
    body: JSON.stringify([asked]),
  })
}

const signedIn = (res) =>
  res.status === 303 &&
  (res.headers.get('set-cookie') ?? '').includes('session=')

/** The hidden fields Next renders into a no-JavaScript form. */
async function formFields(base, page, marker) {
  const html = await (await fetch(base + page)).text()
  const form = html
    .split('<form')
    .slice(1)
    .map((part) => part.split('</form>')[0])
    .find((part) => part.includes(marker))
  if (!form) throw new Error(`no form with ${marker} on ${page}`)
  const fields = {}
  for (const [, tag] of form.matchAll(/<input([^>]*type="hidden"[^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1]
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? ''
    if (name) fields[decode(name)] = decode(value)
  }
  return fields
}

const decode = (text) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')

function post(base, page, hidden, values) {
  const body = new FormData()
  for (const [k, v] of Object.entries({ ...hidden, ...values })) body.set(k, v)
  return fetch(base + page, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { Origin: base },
  })
}

async function timed(work, ok) {
  const start = performance.now()
  try {
    const res = await work()
    await res.arrayBuffer()
    return { ms: performance.now() - start, ok: ok(res) }
  } catch {
    return { ms: performance.now() - start, ok: false }
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// ---- the figures ----

function report({ pages, islands, signups, logins, elapsed }, landed) {
  const row = (label, list) => {
    const ms = list.map((x) => x.ms).sort((a, b) => a - b)
    const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]
    const ok = list.filter((x) => x.ok).length
    return [
      label.padEnd(28),
      `${ok}/${list.length}`.padStart(9),
      `${Math.round(at(0.5) ?? 0)}`.padStart(7),
      `${Math.round(at(0.95) ?? 0)}`.padStart(7),
      `${Math.round(ms.at(-1) ?? 0)}`.padStart(7),
    ].join(' ')
  }
  const heads = ['ok', 'p50 ms', 'p95 ms', 'max ms']
  const widths = [9, 7, 7, 7]
  const header = heads.map((head, i) => head.padStart(widths[i])).join(' ')
  console.log(`\n${'during the load'.padEnd(28)} ${header}`)
  console.log(row('sign-up (bcrypt hash)', signups))
  console.log(row('login (bcrypt compare)', logins))
  console.log(row('page and banner reads', pages))
  console.log(row('island loads (Server Action)', islands))
  console.log(
    `\nlearners in the store afterwards: ${landed}/${LEARNERS}; ` +
      `all sign-ups and logins finished ${(elapsed / 1000).toFixed(1)} s ` +
      'after the first began',
  )
  console.log(
    `load average at the end (other work on this machine counts too): ` +
      os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' '),
  )
}

// Last, so every helper above is defined before it runs.
if (args[0] === '--client') {
  const figures = await runRoom(`http://127.0.0.1:${args[1]}`)
  process.stdout.write(JSON.stringify(figures))
} else {
  await main()
}
