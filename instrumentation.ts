// Next calls register() once when a server starts. The workshop's
// start-up work (the instructor account, the pid file) needs Node and
// the store, so it is loaded only in the Node.js runtime and never while
// `next build` prerenders pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
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
