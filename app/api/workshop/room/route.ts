import { connection } from 'next/server'

import { readRoomStep } from '@/lib/workshop/room'
import { stepHref } from '@/lib/workshop/steps'

/** The room's current step, for every learner's banner: public, no names. */
export async function GET() {
  await connection() // per request: never prerendered at build time
  const step = await readRoomStep()
  return Response.json(
    step ? { id: step.id, title: step.title, href: stepHref(step) } : null,
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
