import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { E2E_DATA_DIR, E2E_PORT } from '../playwright.config'

// Starting the site for the room, as `npm start` does (server.mjs over the
// build the test server uses): the pid guard, a damaged store, a port that
// is taken. Each server here is started and stopped by the test itself.
test.describe.configure({ mode: 'serial', timeout: 90_000 })

const SPARE_PORT = E2E_PORT + 1

type Run = { code: number | null; out: string; err: string }

function startServer(
  dataDir: string,
  args: string[],
  env: Record<string, string> = {},
) {
  const child = spawn(process.execPath, ['server.mjs', ...args], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      SESSION_SECRET: 'e2e-test-secret-that-is-longer-than-32-bytes',
      INSTRUCTOR_PASSWORD: 'e2e-instructor-password',
      ...env,
    },
  })
  const run: Run = { code: null, out: '', err: '' }
  child.stdout.on('data', (chunk) => (run.out += chunk))
  child.stderr.on('data', (chunk) => (run.err += chunk))
  const exited = new Promise<Run>((resolve) =>
    child.on('exit', (code) => resolve({ ...run, code })),
  )
  return { child, run, exited }
}

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ws-server-'))
}

test('a second server on the same data folder refuses, leaving the first’s pid file', async () => {
  const pidFile = path.join(E2E_DATA_DIR, 'server.pid')
  const first = fs.readFileSync(pidFile, 'utf8')
  const { exited } = startServer(E2E_DATA_DIR, ['-p', String(SPARE_PORT)])
  const { code, err } = await exited
  expect(code).toBe(1)
  expect(err).toContain(`다른 서버(pid ${first})가 이미`)
  expect(err).toContain(`Another server (pid ${first}) is using the store`)
  expect(fs.readFileSync(pidFile, 'utf8')).toBe(first)
})

test('a damaged store: pid file written, addresses printed, file gone on SIGTERM', async () => {
  const dir = tempDir()
  fs.writeFileSync(path.join(dir, 'db.json'), '{"version":1,"users":[')
  const server = startServer(dir, ['-p', String(SPARE_PORT), '-H', '0.0.0.0'])
  try {
    await expect
      .poll(() => server.run.out, { timeout: 60_000 })
      .toContain(`[server] ready on http://localhost:${SPARE_PORT}`)
    expect(server.run.err).toContain('cannot be used')
    expect(fs.readFileSync(path.join(dir, 'server.pid'), 'utf8')).toBe(
      String(server.child.pid),
    )
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .filter((info) => info?.family === 'IPv4' && !info.internal)
    for (const info of lan) {
      expect(server.run.out).toContain(
        `(on this network): http://${info!.address}:${SPARE_PORT}`,
      )
    }
    expect(server.run.out).not.toContain('http://0.0.0.0')
  } finally {
    server.child.kill('SIGTERM')
  }
  const { code } = await server.exited
  expect(code).toBe(143)
  expect(fs.existsSync(path.join(dir, 'server.pid'))).toBe(false)
  // The damaged file is left as it was.
  expect(fs.readFileSync(path.join(dir, 'db.json'), 'utf8')).toBe(
    '{"version":1,"users":[',
  )
})

test('a port already in use gives one clear line and exit code 1', async () => {
  const dir = tempDir()
  const { exited } = startServer(dir, ['-p', String(E2E_PORT)])
  const { code, err } = await exited
  expect(code).toBe(1)
  expect(err.trim().split('\n')).toEqual([
    `[server] *:${E2E_PORT}: 포트 ${E2E_PORT}번을 이미 다른 프로그램이 ` +
      '쓰고 있습니다 (port in use). 그 프로그램을 멈추거나 다른 포트를 ' +
      '주세요: npm start -- -p 3001',
  ])
  expect(fs.existsSync(path.join(dir, 'server.pid'))).toBe(false)
})

test('an INSTRUCTOR_PASSWORD under 12 characters stops the server before it starts', async () => {
  const dir = tempDir()
  const { exited } = startServer(dir, ['-p', String(SPARE_PORT)], {
    INSTRUCTOR_PASSWORD: 'too-short',
  })
  const { code, out, err } = await exited
  expect(code).toBe(1)
  expect(err).toContain(
    '[config] INSTRUCTOR_PASSWORD는 12자 이상이어야 합니다 (지금 9자).',
  )
  expect(err).not.toMatch(/^\s+at /m) // no stack trace
  expect(out).not.toContain('ready on')
  // Nothing was started: no store, no pid file.
  expect(fs.readdirSync(dir)).toEqual([])
})
