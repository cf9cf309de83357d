'use server'

import { refresh } from 'next/cache'
import { z } from 'zod'

import { getUser } from '@/lib/dal'
import { INVISIBLE } from '@/lib/definitions'
import { mutateStore } from '@/lib/store'
import { markInBrowser } from '@/lib/workshop/progress'

import { field } from './form-helpers'

export type AdminState = { ok?: string; error?: string } | undefined

const BannerSchema = z
  .string()
  .trim()
  .max(100, { error: '공지는 100자 이하로 써 주세요.' })
  .refine((text) => !INVISIBLE.test(text), {
    error: '공지에 제어 문자나 보이지 않는 문자는 넣을 수 없습니다.',
  })

// #region set-banner
/**
 * Admin only. A Server Action is a public endpoint: hiding its form from
 * members protects nothing, so the action checks the caller itself, first.
 */
export async function setBanner(
  _previous: AdminState,
  formData: FormData,
): Promise<AdminState> {
  const user = await getUser()
  if (!user) return { error: '로그인이 필요합니다.' }
  if (user.role !== 'admin') {
    await markInBrowser('action-refused') // workshop mode
    return { error: '관리자만 공지를 바꿀 수 있습니다. 저장소는 그대로입니다.' }
  }

  const raw = field(formData, 'banner')
  if (typeof raw !== 'string') return { error: '공지 문구를 보내 주세요.' }
  const text = BannerSchema.safeParse(raw)
  if (!text.success) return { error: text.error.issues[0]?.message }

  await mutateStore((draft) => {
    draft.settings.banner = text.data || null
  })
  refresh() // re-render the page that shows the banner
  return { ok: text.data ? '공지를 바꿨습니다.' : '공지를 지웠습니다.' }
}
// #endregion set-banner

// #region set-role
/** Admin only; only learners' own accounts, never the example accounts. */
export async function setRole(
  _previous: AdminState,
  formData: FormData,
): Promise<AdminState> {
  const user = await getUser()
  if (user?.role !== 'admin')
    return { error: '관리자만 역할을 바꿀 수 있습니다.' }

  const role = z.enum(['admin', 'member']).safeParse(field(formData, 'role'))
  const targetId = field(formData, 'userId') ?? ''
  if (!role.success) return { error: '역할은 관리자 또는 일반 사용자입니다.' }

  const changed = await mutateStore((draft) => {
    const target = draft.users.find(
      // The instructor's role is not a learner's to change.
      (u) => u.id === targetId && !u.persona && !u.instructor,
    )
    if (target) target.role = role.data
    return Boolean(target)
  })
  if (changed) refresh()
  return changed
    ? { ok: '역할을 바꿨습니다. 그 사람의 다음 요청부터 적용됩니다.' }
    : { error: '바꿀 수 있는 계정이 아닙니다.' }
}
// #endregion set-role
