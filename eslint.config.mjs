import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      // Git-ignored scratch: local screenshots and benchmark output.
      'screenshots/**',
      '.bench-data/**',
      'bench-results/**',
    ],
  },
]

export default config
