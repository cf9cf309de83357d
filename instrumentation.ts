// Next calls register() once when a server starts (never while `next
// build` prerenders pages), in the Node.js runtime only.
//
// 1. A damaged store is reported here, in the terminal where the instructor
//    started the site, instead of on the first learner's sign-up. The
//    server still starts: chapters are static and readable; demos that need
//    the store show a generic message.
// 2. The workshop's start-up work: the instructor account, the pid file.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return

  const { checkStoreFile, storeFile, unreadableStoreMessage } =
    await import('./lib/store-file')
  const fs = await import('node:fs')
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
