import 'server-only'

import { getUser, type CurrentUser } from './dal'
import { readStore } from './store'
import type { UserRow } from './store-schema.mjs'

export type HiddenField = { field: 'email' | 'phone' | 'role'; rule: string }

export type ProfileDTO = {
  id: string
  name: string
  team: string | null
  email: string | null
  phone: string | null
  role: string | null
  hidden: HiddenField[]
  isSelf: boolean
}

// #region dto-rules
// One rule per field: who may see it. A field a rule refuses is null in
// the DTO, so it never leaves the server.
const sameTeam = (viewer: CurrentUser, target: UserRow) =>
  viewer.team !== null && viewer.team === target.team

export function canSeeEmail(viewer: CurrentUser, target: UserRow) {
  return (
    viewer.role === 'admin' ||
    viewer.id === target.id ||
    sameTeam(viewer, target)
  )
}

export function canSeePhone(viewer: CurrentUser, target: UserRow) {
  return (
    viewer.role === 'admin' ||
    viewer.id === target.id ||
    sameTeam(viewer, target)
  )
}

export function canSeeRole(viewer: CurrentUser, target: UserRow) {
  return viewer.role === 'admin' || viewer.id === target.id
}
// #endregion dto-rules

// #region profile-dto
// #region to-profile-dto
export function toProfileDTO(viewer: CurrentUser, target: UserRow): ProfileDTO {
  const hidden: HiddenField[] = []
  const pick = <T>(
    field: HiddenField['field'],
    allowed: boolean,
    value: T,
    rule: string,
  ) => {
    if (allowed) return value
    hidden.push({ field, rule })
    return null
  }
  return {
    id: target.id,
    name: target.name,
    team: target.team,
    email: pick(
      'email',
      canSeeEmail(viewer, target),
      target.email,
      'team-or-admin',
    ),
    phone: pick(
      'phone',
      canSeePhone(viewer, target),
      target.phone,
      'team-or-admin',
    ),
    role: pick(
      'role',
      canSeeRole(viewer, target),
      target.role,
      'self-or-admin',
    ),
    hidden,
    isSelf: viewer.id === target.id,
  }
}
// #endregion to-profile-dto

// #region get-profile-dtos
/**
 * The example accounts and the viewer, as the signed-in viewer may see
 * them; null when nobody is signed in. The viewer comes from the DAL, not
 * from the caller, so no caller can ask "as if I were the admin".
 */
export async function getProfileDTOs(): Promise<ProfileDTO[] | null> {
  const viewer = await getUser()
  if (!viewer) return null
  const { users } = await readStore()
  return users
    .filter((user) => user.persona || user.id === viewer.id)
    .map((user) => toProfileDTO(viewer, user))
}
// #endregion get-profile-dtos
// #endregion profile-dto
