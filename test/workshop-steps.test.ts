import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { listChapters } from '@/app/_site/chapters'
import { SignupFormSchema } from '@/lib/definitions'
import { CHECKPOINTS, findStep, WORKSHOP_STEPS } from '@/lib/workshop/steps'

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

  it('step 1’s hint agrees with its task: the short example is refused by the server', () => {
    const step = findStep('signup-invalid')!
    expect(step.task).toContain('너무 짧은 비밀번호')
    const example = /예를 들어 (\S+) 처럼/.exec(step.hint)?.[1]
    expect(example).toBe('abc1!')
    const refused = SignupFormSchema.safeParse({
      name: '학습자',
      email: 'someone@example.com',
      password: example,
    })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      '8자 이상이어야 합니다.',
    ])
    // The browser does not stop it first.
    const form = fs.readFileSync('demos/signup/signup-form.tsx', 'utf8')
    expect(form).toMatch(/<form[^>]* noValidate/)
  })
})
