// Builds the site and starts it through the package scripts (`npm run
// build`, `npm start`), so the benchmark measures what a workshop runs.
import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { get } from './http.mjs'

// A throwaway value for the benchmark's own server only.
const BENCH_SECRET = 'bench-only-secret-that-is-longer-than-32-bytes'

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    )
  })
}

/** A production build from nothing (no .next, no cache); its seconds. */
export async function coldBuild() {
  fs.rmSync('.next', { recursive: true, force: true })
  const started = performance.now()
  await run('npm', ['run', 'build'])
  return (performance.now() - started) / 1000
}

/** Starts `npm start` on `port` over `dataDir`; resolves once it answers. */
export async function startServer({ port, dataDir }) {
  const base = `http://127.0.0.1:${port}`
  if (await answers(base)) {
    throw new Error(`port ${port} is taken; set BENCH_PORT to a free one`)
  }
  const child = spawn('npm', ['start'], {
    // Its own process group, so stopping it stops next as well.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      SESSION_SECRET: BENCH_SECRET,
    },
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))

  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`npm start exited early:\n${log}`)
    }
    if (await answers(base)) break
    if (Date.now() > deadline) {
      stopServer({ child })
      throw new Error(`the server did not answer within 60 s:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { base, child, log: () => log }
}

async function answers(base) {
  try {
    return (await get(base, '/bench/bare')).status === 200
  } catch {
    return false // not listening (yet)
  }
}

export async function stopServer({ child }) {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid, 'SIGTERM')
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
  if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
}
