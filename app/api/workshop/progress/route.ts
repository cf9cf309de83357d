import { connection } from 'next/server'

import { readMyProgress } from '@/lib/workshop/progress'

/** The caller's own checkpoints: from the store, or their signed cookie. */
export async function GET() {
  await connection() // per request: never prerendered at build time
  try {
    const progress = await readMyProgress()
    return Response.json(progress, {
      headers: { 'Cache-Control': 'no-store' },
    })
  } catch (error) {
    console.error('[workshop] progress: could not read the store', error)
    return Response.json(
      { error: '진행 상황을 읽지 못했습니다.' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}
