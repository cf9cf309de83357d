import 'server-only'

import { dataDir } from '../env'
import { mutateStore, readStore } from '../store'
import {
  applyInstructor,
  claimServerPid,
  pidConflictMessage,
  planInstructor,
} from './ops.mjs'

/**
 * Leaves DATA_DIR/server.pid for this server (record 22). Another live
 * server on the same folder: say so and stop, before anything else.
 */
export function claimDataDir() {
  const other = claimServerPid(dataDir())
  if (other === null) return
  console.error(`\n${pidConflictMessage(dataDir(), other)}\n`)
  process.exit(1)
}

// #region ensure-instructor
/**
 * Runs once when the server starts (instrumentation.ts, after it left the
 * pid file): makes sure the store has its instructor account.
 */
export async function startWorkshop() {
  const { users } = await readStore()
  const plan = await planInstructor(users, process.env.INSTRUCTOR_PASSWORD)
  if (!plan) return
  await mutateStore((draft) => applyInstructor(draft, plan.row))
  if (plan.generated) {
    // Shown once, to whoever started the server; only its hash is stored.
    console.info(
      `[workshop] instructor account created: ${plan.row.email} / ` +
        `${plan.generated}\n[workshop] this password is shown only now; ` +
        'set INSTRUCTOR_PASSWORD to choose one, or run ' +
        '`npm run workshop -- seed --new-password`.',
    )
  } else {
    console.info(
      `[workshop] instructor account ${plan.row.email} uses INSTRUCTOR_PASSWORD`,
    )
  }
}
// #endregion ensure-instructor
