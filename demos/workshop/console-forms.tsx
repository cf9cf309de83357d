'use client'

import { useActionState, useSyncExternalStore } from 'react'

import {
  backupRoomAction,
  resetRoomAction,
  restoreRoomAction,
  setRoomStepAction,
  type ConsoleState,
} from '@/app/actions/workshop'
import type { BackupInfo } from '@/lib/workshop/ops.mjs'
import { RESET_WORD, RESTORE_WORD, WORKSHOP_STEPS } from '@/lib/workshop/steps'

function Outcome({ state, id }: { state: ConsoleState; id: string }) {
  if (!state) return null
  return (
    <p
      id={id}
      className={state.error ? 'form-message' : 'console-ok'}
      role="status"
    >
      {state.error ?? state.ok}
    </p>
  )
}

export function RoomStepForm({ current }: { current: string | null }) {
  const [state, action, pending] = useActionState(setRoomStepAction, undefined)
  return (
    <form action={action} className="console-form">
      <label className="field">
        <span>방 전체에 보일 단계</span>
        {/* Keyed: after a change the new step is the one shown. */}
        <select name="step" key={current ?? ''} defaultValue={current ?? ''}>
          <option value="">(안내 없음)</option>
          {WORKSHOP_STEPS.map((step, index) => (
            <option key={step.id} value={step.id}>
              {index + 1}. {step.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button" disabled={pending}>
        {pending ? '바꾸는 중…' : '이 단계로 안내'}
      </button>
      <Outcome state={state} id="room-step-outcome" />
    </form>
  )
}

export function ResetForm() {
  const [state, action, pending] = useActionState(resetRoomAction, undefined)
  return (
    <form action={action} className="console-form">
      <p>
        학습자 계정, 그 세션, 진행 기록, 관리자 데모의 공지를 모두 지웁니다.
        예시 계정과 강사 계정은 남습니다. 지우기 전에 백업 파일을 먼저 씁니다.
      </p>
      <label className="field">
        <span>
          확인: <strong>{RESET_WORD}</strong>라고 입력하세요
        </span>
        <input name="confirm" autoComplete="off" required />
      </label>
      <button type="submit" className="button button-danger" disabled={pending}>
        {pending ? '초기화하는 중…' : '데모 데이터 초기화'}
      </button>
      <Outcome state={state} id="reset-outcome" />
    </form>
  )
}

export function BackupForm() {
  const [state, action, pending] = useActionState(backupRoomAction, undefined)
  return (
    <form action={action} className="console-form">
      <button type="submit" className="button button-quiet" disabled={pending}>
        {pending ? '백업하는 중…' : '지금 백업'}
      </button>
      <Outcome state={state} id="backup-outcome" />
    </form>
  )
}

export function RestoreForm({ backups }: { backups: BackupInfo[] }) {
  const [state, action, pending] = useActionState(restoreRoomAction, undefined)
  const local = useIsClient()
  if (backups.length === 0) {
    return <p className="muted">아직 백업 파일이 없습니다.</p>
  }
  return (
    <form action={action} className="console-form">
      <label className="field">
        <span>복원할 백업</span>
        {/* Keyed: after a new backup, the newest is the one shown. */}
        <select
          name="backup"
          key={backups[0]?.name}
          defaultValue={backups[0]?.name}
        >
          {backups.map((backup) => (
            <option key={backup.name} value={backup.name}>
              {local ? `${localTime(backup.at)} · ` : ''}
              {backup.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>
          확인: <strong>{RESTORE_WORD}</strong>라고 입력하세요 (지금 상태는 먼저
          백업됩니다)
        </span>
        <input name="confirm" autoComplete="off" required />
      </label>
      <button type="submit" className="button button-danger" disabled={pending}>
        {pending ? '복원하는 중…' : '백업에서 복원'}
      </button>
      <Outcome state={state} id="restore-outcome" />
    </form>
  )
}

const noSubscription = () => () => {}

/**
 * False while the server renders and hydrates, true after: the backup's
 * time is shown in the browser's own time zone, which the server does not
 * know, so it is added only once the page runs in the browser.
 */
function useIsClient() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

function localTime(iso: string) {
  return new Date(iso).toLocaleString('ko-KR', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  })
}
