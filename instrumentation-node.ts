// The Node.js half of instrumentation.ts, imported only when
// NEXT_RUNTIME is 'nodejs': the Edge build never sees node:fs, so
// `next build` no longer warns about it.
//
// 1. A damaged store is reported here, in the terminal where the instructor
//    started the site, instead of on the first learner's sign-up. The
//    server still starts: chapters are static and readable; demos that need
//    the store show a generic message.
// 2. The workshop's start-up work: the instructor account, the pid file.
import fs from 'node:fs'

export async function registerNode() {
  if (process.env.NEXT_PHASE === 'phase-production-build') return

  const { checkStoreFile, storeFile, unreadableStoreMessage } =
    await import('./lib/store-file')
  const file = storeFile()
  if (fs.existsSync(file)) {
    const checked = checkStoreFile(file)
    if (!checked.ok) {
      console.error(`\n[store] ${unreadableStoreMessage(file, checked.why)}\n`)
      return
    }
  }

  try {
    const { startWorkshop } = await import('./lib/workshop/startup')
    await startWorkshop()
  } catch (error) {
    console.error(
      '[workshop] start-up failed; the console may be missing',
      error,
    )
  }
}
