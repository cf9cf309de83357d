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

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // One worker: several tests count the rows of the shared test store, and
  // a sign-up from a parallel test would move the count under them.
  workers: 1,
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
