// Runs once when the server starts. A damaged store is reported here, in
// the terminal where the instructor started the site, instead of on the
// first learner's sign-up. The server still starts: the chapters are
// static and readable; demos that need the store show a generic message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { checkStoreFile, storeFile, unreadableStoreMessage } =
    await import('./lib/store-file')
  const fs = await import('node:fs')
  const file = storeFile()
  if (!fs.existsSync(file)) return // created and seeded on first use
  const checked = checkStoreFile(file)
  if (!checked.ok) {
    console.error(`\n[store] ${unreadableStoreMessage(file, checked.why)}\n`)
  }
}
