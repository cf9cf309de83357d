import 'server-only'

import path from 'node:path'

import { z } from 'zod'

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development'),
  // Folder of the JSON store and, in development, the generated secret.
  DATA_DIR: z.string().trim().min(1).default('data'),
  // An empty value (a blank line in .env) counts as not set.
  SESSION_SECRET: z
    .string()
    .optional()
    .transform((value) => value || undefined),
  // The secret before the last rotation: its tokens still verify.
  SESSION_SECRET_PREVIOUS: z
    .string()
    .optional()
    .transform((value) => value || undefined),
})

export type Env = z.infer<typeof envSchema>

/** Read on each call so tests can point the store at a fresh folder. */
export function readEnv(): Env {
  return envSchema.parse(process.env)
}

export function dataDir(): string {
  // The folder is chosen at run time: keep the bundler from tracing it.
  return path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    readEnv().DATA_DIR,
  )
}
