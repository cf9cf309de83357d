import { connection } from 'next/server'

import { refuseUnlessInstructor } from '@/lib/workshop/instructor'
import { readCohort, readRoomStep } from '@/lib/workshop/room'

const headers = { 'Cache-Control': 'no-store' }

// #region cohort-route
/** The console's live table. The role is checked here, not by the proxy. */
export async function GET() {
  await connection()
  // A store the DAL cannot read means no user (401), as on every page.
  const refused = await refuseUnlessInstructor()
  if (refused) return refused

  try {
    const [learners, step] = await Promise.all([readCohort(), readRoomStep()])
    return Response.json({ roomStep: step?.id ?? null, learners }, { headers })
  } catch (error) {
    console.error('[workshop] cohort: could not read the store', error)
    return Response.json(
      { error: '학습자 진행 상황을 읽지 못했습니다.' },
      { status: 503, headers },
    )
  }
}
// #endregion cohort-route
