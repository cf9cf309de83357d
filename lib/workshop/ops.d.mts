import type { StoreData, UserRow } from '../store-schema.mjs'

export declare const INSTRUCTOR_EMAIL: string
export declare const INSTRUCTOR_NAME: string
export declare const BACKUP_DIR: string
export declare const SERVER_PID_FILE: string

export type Removed = { users: number; sessions: number; progress: number }
export declare function resetLearners(data: StoreData): {
  data: StoreData
  removed: Removed
}
export declare function summarize(data: StoreData): {
  learners: number
  personas: number
  instructor: boolean
  sessions: number
  progress: number
  roomStep: string | null
}
export declare function restoredStore(
  backup: StoreData,
  current: StoreData | null,
  personas: readonly UserRow[],
): { data: StoreData; personasAdded: string[]; personasBlocked: string[] }
export declare function personaNote(
  added: readonly string[],
  blocked: readonly string[],
): string
export declare function backupDir(dataDir: string): string
export declare function writeBackup(
  dataDir: string,
  data: StoreData,
  label?: string,
): string
export type BackupInfo = { name: string; bytes: number; at: string }
export declare function listBackups(dataDir: string): BackupInfo[]
export declare function readBackup(
  dataDir: string,
  name: unknown,
): { data: StoreData; error?: undefined } | { error: string; data?: undefined }
export declare function planInstructor(
  users: readonly UserRow[],
  envPassword: string | undefined,
  options?: { newPassword?: boolean },
): Promise<{ row: UserRow; generated: string | null } | null>
export declare function applyInstructor(data: StoreData, row: UserRow): void
export declare function claimServerPid(dataDir: string): number | null
export declare function pidConflictMessage(dataDir: string, pid: number): string
export declare function runningServer(dataDir: string): number | null
