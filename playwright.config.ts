import fs from 'node:fs'

import { defineConfig } from '@playwright/test'

// E2E_PORT lets two checkouts run their browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT) || 3123
export const E2E_DATA_DIR = '.e2e-data'

// Playwright cannot download its own browser on these machines: use the
// system Chromium where there is one, Playwright's own elsewhere.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate) => fs.existsSync(candidate),
)

// Specs that never change the store: no sign-up, no store-writing login
// (the example accounts' stateless sessions write nothing), no admin or
// workshop action.
const READ_ONLY = [
  'a11y.spec.ts',
  'anchors.spec.ts',
  'bench-page.spec.ts',
  'metadata.spec.ts',
  'progress.spec.ts',
  'reading.spec.ts',
  'search.spec.ts',
  'site.spec.ts',
  'static-prose.spec.ts',
  'theme.spec.ts',
].map((file) => `**/${file}`)

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Two lanes, one worker each. Tests that write to the shared test store
  // (and count its rows) run one at a time; tests that only read pages
  // (axe, search, reading aids) run beside them.
  workers: 2,
  projects: [
    { name: 'reads', testMatch: READ_ONLY, workers: 1 },
    { name: 'writes', testIgnore: READ_ONLY, workers: 1 },
  ],
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      // Without these, Chromium keeps calling home on a closed network.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  webServer: {
    // A production build on a fresh store, seeded on first request, served
    // by server.mjs (what `npm start` runs) so the client address is real.
    command:
      `rm -rf ${E2E_DATA_DIR} && next build && ` +
      `node server.mjs --port ${E2E_PORT}`,
    url: `http://localhost:${E2E_PORT}`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      DATA_DIR: E2E_DATA_DIR,
      // Built with an address, the pages name absolute canonical and
      // preview URLs (without one they name none: decision record 50).
      SITE_URL: `http://localhost:${E2E_PORT}`,
      // A throwaway value for the test server only, not a real secret.
      SESSION_SECRET: 'e2e-test-secret-that-is-longer-than-32-bytes',
      // Workshop mode: the console's account for the test server only.
      INSTRUCTOR_PASSWORD: 'e2e-instructor-password',
    },
  },
})
