import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      // 'server-only' throws outside React Server Components; in unit tests
      // it is replaced by an empty module.
      {
        find: /^server-only$/,
        replacement: path.join(root, 'test/stubs/server-only.ts'),
      },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    root,
    environment: 'node',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/next-mocks.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**'],
    // bcrypt-heavy tests take seconds on a busy 2-core machine; the default
    // 5 s would fail them for reasons that have nothing to do with the code.
    testTimeout: 30_000,
  },
})
