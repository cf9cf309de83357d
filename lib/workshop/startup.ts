import 'server-only'

import { mutateStore, readStore } from '../store'
import { applyInstructor, planInstructor } from './ops.mjs'

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
