import { connection } from 'next/server'

import { refuseUnlessInstructor } from '@/lib/workshop/instructor'
import { readCohort, readRoomStep } from '@/lib/workshop/room'

// #region cohort-route
/** The console's live table. The role is checked here, not by the proxy. */
export async function GET() {
  await connection()
  const refused = await refuseUnlessInstructor()
  if (refused) return refused

  const [learners, step] = await Promise.all([readCohort(), readRoomStep()])
  return Response.json(
    { roomStep: step?.id ?? null, learners },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
// #endregion cohort-route
