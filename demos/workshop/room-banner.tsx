import { connection } from 'next/server'

import { readRoomStep } from '@/lib/workshop/room'
import { stepHref } from '@/lib/workshop/steps'

import { RoomBannerLive, type RoomStep } from './room-banner-live'

/**
 * The step the instructor set for the room. Rendered per request inside
 * <Suspense> (app/layout.tsx), so chapters stay static; the client part
 * then follows the instructor's changes without a reload.
 */
export async function RoomBanner() {
  await connection()
  let initial: RoomStep | null = null
  try {
    const step = await readRoomStep()
    initial = step
      ? { id: step.id, title: step.title, href: stepHref(step) }
      : null
  } catch (error) {
    console.error('[workshop] banner: could not read the store', error)
  }
  return <RoomBannerLive initial={initial} />
}
