import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { listChapters } from '@/app/_site/chapters'
import { CHECKPOINTS, WORKSHOP_STEPS } from '@/lib/workshop/steps'

// Demos whose anchor is their own default id, not written in the chapter.
const DEMO_IDS: Record<string, string> = {
  'signup-demo': '<SignupDemo',
  'login-demo': '<LoginDemo />',
}

describe('workshop steps', () => {
  const chapters = new Map(listChapters().map((c) => [c.slug, c.file]))

  it('each step links to a chapter and an anchor that exist', () => {
    for (const step of WORKSHOP_STEPS) {
      const file = chapters.get(step.chapter)
      expect(file, step.id).toBeDefined()
      const mdx = fs.readFileSync(file!, 'utf8')
      const found =
        mdx.includes(`[#${step.anchor}]`) ||
        mdx.includes(`anchor="${step.anchor}"`) ||
        (DEMO_IDS[step.anchor] !== undefined &&
          mdx.includes(DEMO_IDS[step.anchor]!))
      expect(found, `${step.id} → #${step.anchor}`).toBe(true)
    }
  })

  it('every checkpoint belongs to one step, every chapter has steps, in order', () => {
    expect(WORKSHOP_STEPS.map((s) => s.checkpoint).sort()).toEqual(
      [...CHECKPOINTS].sort(),
    )
    const order = [...chapters.keys()]
    const positions = WORKSHOP_STEPS.map((s) => order.indexOf(s.chapter))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    // Every chapter has at least one step.
    expect(new Set(WORKSHOP_STEPS.map((s) => s.chapter))).toEqual(
      new Set(order),
    )
  })
})
