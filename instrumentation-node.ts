// The Node.js half of instrumentation.ts, imported only when
// NEXT_RUNTIME is 'nodejs': the Edge build never sees node:fs, so
// `next build` no longer warns about it.
//
// 1. DATA_DIR/server.pid, whatever state the store is in, so the terminal
//    commands know a server holds the store in memory (record 22). A
//    second server on the same folder stops here: two processes writing
//    one file would each overwrite the other's changes.
// 2. A damaged store is reported here, in the terminal where the instructor
//    started the site, instead of on the first learner's sign-up. The
//    server still starts: chapters are static and readable; demos that need
//    the store show a generic message.
// 3. The workshop's start-up work: the instructor account.
import fs from 'node:fs'

export async function registerNode() {
  if (process.env.NEXT_PHASE === 'phase-production-build') return

  const { claimDataDir, startWorkshop } = await import('./lib/workshop/startup')
  claimDataDir() // exits when another server holds the folder

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
    await startWorkshop()
  } catch (error) {
    console.error(
      '[workshop] start-up failed; the console may be missing',
      error,
    )
  }
}
