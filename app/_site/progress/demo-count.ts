import 'server-only'

import fs from 'node:fs'

import type { ChapterMeta } from '../chapters'

// A demo tag on a line of its own: <SignupDemo />, <LoginDemo chapter=…>.
const DEMO_TAG = /^<[A-Z]\w*Demo\b/gm

/** How many live demos a chapter embeds (for "데모 1/2" in the sidebar). */
export function countDemos(chapter: ChapterMeta): number {
  return fs.readFileSync(chapter.file, 'utf8').match(DEMO_TAG)?.length ?? 0
}
