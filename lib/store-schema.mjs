// What the JSON file must look like. It is parsed on every start, so a file
// edited by hand into a wrong shape is reported instead of half-used.
// Plain JavaScript (types from JSDoc) so that the terminal commands
// (scripts/workshop.mjs) check a file against this very schema, with no
// build step; TypeScript reads the types from here too.
import { z } from 'zod'

export const RoleSchema = z.enum(['admin', 'member'])
/** @typedef {z.infer<typeof RoleSchema>} Role */

export const UserRowSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  email: z.string(),
  passwordHash: z.string(),
  role: RoleSchema,
  team: z.string().nullable(),
  phone: z.string().nullable(),
  persona: z.boolean(),
  createdAt: z.iso.datetime(),
  // The workshop's seeded console account (decision record 20).
  instructor: z.boolean().optional(),
})
/** @typedef {z.infer<typeof UserRowSchema>} UserRow */

// #region session-row
// A database session. The id is the SHA-256 of the session id that the
// cookie carries: a copy of the store alone cannot be turned into cookies.
export const SessionRowSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  userId: z.string().min(1),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  userAgent: z.string().max(200),
})
/** @typedef {z.infer<typeof SessionRowSchema>} SessionRow */
// #endregion session-row

// #region workshop-schema
// One row per checkpoint a learner passed, written by the server when the
// real action happened (a sign-up, a 403, an ended session), never by a
// "done" button.
export const ProgressRowSchema = z.object({
  userId: z.string().min(1),
  checkpoint: z.string().min(1).max(40),
  at: z.iso.datetime(),
})
/** @typedef {z.infer<typeof ProgressRowSchema>} ProgressRow */

// Which account a browser's progress cookie moved into: each browser's
// random id feeds one account only, so a copied cookie moves nothing.
export const BrowserRowSchema = z.object({
  id: z.string().min(16).max(40),
  userId: z.string().min(1),
})
/** @typedef {z.infer<typeof BrowserRowSchema>} BrowserRow */

export const WorkshopSchema = z.object({
  roomStep: z.string().max(40).nullable().default(null),
  progress: z.array(ProgressRowSchema).default([]),
  browsers: z.array(BrowserRowSchema).default([]),
})
/** @typedef {z.infer<typeof WorkshopSchema>} WorkshopData */
// #endregion workshop-schema

export const StoreDataSchema = z.object({
  version: z.literal(1),
  users: z.array(UserRowSchema),
  // Older stores have no sessions or settings yet.
  sessions: z.array(SessionRowSchema).default([]),
  settings: z
    .object({ banner: z.string().max(200).nullable() })
    .default({ banner: null }),
  // Workshop mode (lib/workshop): the room's step and learners' progress.
  workshop: WorkshopSchema.optional(),
})
/** @typedef {z.infer<typeof StoreDataSchema>} StoreData */
