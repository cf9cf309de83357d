import { connection } from 'next/server'

import { readRoomStep } from '@/lib/workshop/room'
import { stepHref } from '@/lib/workshop/steps'

const headers = { 'Cache-Control': 'no-store' }

/** The room's current step, for every learner's banner: public, no names. */
export async function GET() {
  await connection() // per request: never prerendered at build time
  try {
    const step = await readRoomStep()
    return Response.json(
      step ? { id: step.id, title: step.title, href: stepHref(step) } : null,
      { headers },
    )
  } catch (error) {
    // Every open page polls this: a damaged store answers in words, not
    // with a bare 500 page.
    console.error('[workshop] room: could not read the store', error)
    return Response.json(
      { error: '지금 단계를 읽지 못했습니다.' },
      { status: 503, headers },
    )
  }
}
