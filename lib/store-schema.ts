import { z } from 'zod'

// What the JSON file must look like. It is parsed on every start, so a file
// edited by hand into a wrong shape is reported instead of half-used.
export const RoleSchema = z.enum(['admin', 'member'])
export type Role = z.infer<typeof RoleSchema>

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
})
export type UserRow = z.infer<typeof UserRowSchema>

export const StoreDataSchema = z.object({
  version: z.literal(1),
  users: z.array(UserRowSchema),
})
export type StoreData = z.infer<typeof StoreDataSchema>
