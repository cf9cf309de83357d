'use server'

import { refresh } from 'next/cache'

import { getInstructor } from '@/lib/workshop/instructor'
import { personaNote } from '@/lib/workshop/ops.mjs'
import {
  backupRoom,
  resetRoom,
  restoreRoom,
  setRoomStep,
} from '@/lib/workshop/room'
import { findStep, RESET_WORD, RESTORE_WORD } from '@/lib/workshop/steps'

import { field } from './form-helpers'

export type ConsoleState = { ok?: string; error?: string } | undefined

const NOT_INSTRUCTOR = {
  error: '강사만 할 수 있습니다. 저장소는 그대로입니다.',
}
const FAILED = {
  error: '저장소를 바꾸지 못했습니다. 서버 기록을 확인해 주세요.',
}

// #region console-actions
// Each action is a public endpoint: it checks the role in the DAL first,
// whoever rendered the form.
export async function setRoomStepAction(
  _previous: ConsoleState,
  formData: FormData,
): Promise<ConsoleState> {
  if (!(await getInstructor())) return NOT_INSTRUCTOR

  // The form always sends the field ('' takes the banner down): a missing
  // one, or a file in its place, is a crafted call, not "no step".
  const raw = field(formData, 'step')
  if (raw === undefined) {
    return { error: '단계를 글자로 골라 보내야 합니다. 안내는 그대로입니다.' }
  }
  const step = raw === '' ? null : findStep(raw)
  if (raw !== '' && !step) return { error: '그런 단계가 없습니다.' }

  try {
    await setRoomStep(step?.id ?? null)
  } catch (error) {
    console.error('[workshop] setting the room step failed', error)
    return FAILED
  }
  refresh()
  return { ok: step ? `지금 단계: ${step.title}` : '단계 안내를 내렸습니다.' }
}

export async function resetRoomAction(
  _previous: ConsoleState,
  formData: FormData,
): Promise<ConsoleState> {
  if (!(await getInstructor())) return NOT_INSTRUCTOR
  if (field(formData, 'confirm')?.trim() !== RESET_WORD) {
    return { error: `확인란에 "${RESET_WORD}"라고 써야 초기화합니다.` }
  }
  try {
    const { backup, removed } = await resetRoom()
    refresh()
    return {
      ok:
        `학습자 ${removed.users}명, 세션 ${removed.sessions}개, ` +
        `진행 기록 ${removed.progress}개를 지웠습니다. 백업: ${backup}`,
    }
  } catch (error) {
    console.error('[workshop] reset failed', error)
    return FAILED
  }
}
// #endregion console-actions

// Called by useActionState, which passes (state, formData): neither is used.
export async function backupRoomAction(): Promise<ConsoleState> {
  if (!(await getInstructor())) return NOT_INSTRUCTOR
  try {
    const name = await backupRoom()
    refresh()
    return { ok: `백업을 만들었습니다: ${name}` }
  } catch (error) {
    console.error('[workshop] backup failed', error)
    return FAILED
  }
}

export async function restoreRoomAction(
  _previous: ConsoleState,
  formData: FormData,
): Promise<ConsoleState> {
  if (!(await getInstructor())) return NOT_INSTRUCTOR
  if (field(formData, 'confirm')?.trim() !== RESTORE_WORD) {
    return { error: `확인란에 "${RESTORE_WORD}"라고 써야 복원합니다.` }
  }
  try {
    const result = await restoreRoom(field(formData, 'backup') ?? '')
    if (!result.ok) return { error: result.error }
    refresh()
    return {
      ok:
        `복원했습니다. 복원 전 상태의 백업: ${result.backup}` +
        personaNote(result.personasAdded, result.personasBlocked),
    }
  } catch (error) {
    console.error('[workshop] restore failed', error)
    return FAILED
  }
}
