// Next calls register() once when a server starts (never while `next
// build` prerenders pages). The work is Node.js only and lives in
// instrumentation-node.ts: importing it inside this check lets the Edge
// build leave it out (an early return would not).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerNode } = await import('./instrumentation-node')
    await registerNode()
  }
}
