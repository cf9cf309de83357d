// The per-core limit: bcryptjs cost-10 hashes in a plain loop on one
// thread, nothing else running. Printed as hashes per second.
import bcrypt from 'bcryptjs'

const count = Number(process.argv[2] ?? 20)
bcrypt.hashSync('warm-up-pass-1!', 10)
const started = performance.now()
for (let i = 0; i < count; i++) bcrypt.hashSync(`bench-pass-${i}!`, 10)
const seconds = (performance.now() - started) / 1000
process.stdout.write(
  JSON.stringify({ count, seconds, perSecond: count / seconds }),
)
