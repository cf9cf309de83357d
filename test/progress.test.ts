import { describe, expect, it } from 'vitest'

import { toProgress } from '@/app/_site/progress/progress-store'

describe('toProgress (what localStorage held, checked)', () => {
  it('keeps well-formed progress', () => {
    const stored = { read: ['signup'], demos: { signup: ['signup-demo'] } }
    expect(toProgress(stored)).toEqual(stored)
  })

  it('reads anything else as no progress, field by field', () => {
    expect(toProgress(null)).toEqual({ read: [], demos: {} })
    expect(toProgress('read')).toEqual({ read: [], demos: {} })
    expect(toProgress({ read: 'signup', demos: [1] })).toEqual({
      read: [],
      demos: {},
    })
    expect(
      toProgress({ read: ['a', 2], demos: { a: ['x'], b: 'y', c: [3] } }),
    ).toEqual({ read: [], demos: { a: ['x'] } })
  })
})
