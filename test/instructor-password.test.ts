import { afterEach, describe, expect, it, vi } from 'vitest'

import { checkInstructorPassword } from '@/lib/secret-policy.mjs'
import config from '@/next.config.mjs'

import { setEnv } from './helpers/env'

describe('checkInstructorPassword', () => {
  it('accepts no password (one is generated) and 12 characters or more', () => {
    expect(checkInstructorPassword(undefined)).toBeNull()
    expect(checkInstructorPassword('')).toBeNull()
    expect(checkInstructorPassword('twelve-chars')).toBeNull()
    // Characters, not bytes: twelve Hangul syllables are enough.
    expect(checkInstructorPassword('강사비밀번호열두글자요')).not.toBeNull()
    expect(checkInstructorPassword('강사비밀번호열두글자예요')).toBeNull()
  })

  it('refuses a shorter one, in Korean and English, saying how long it is', () => {
    expect(checkInstructorPassword('short-pw')).toBe(
      'INSTRUCTOR_PASSWORD는 12자 이상이어야 합니다 (지금 8자). ' +
        'INSTRUCTOR_PASSWORD is 8 characters long; it must be at least 12. ' +
        'Choose a longer one, or unset it to have one generated and ' +
        'printed once.',
    )
  })
})

describe('next.config.mjs with a short INSTRUCTOR_PASSWORD', () => {
  let restore = () => {}
  afterEach(() => {
    restore()
    vi.restoreAllMocks()
  })

  function load(phase: string) {
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`)
    })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    let outcome = 'started'
    try {
      config(phase)
    } catch (error) {
      outcome = (error as Error).message
    }
    return { outcome, exit, errors }
  }

  it('stops a production or development server before it starts', () => {
    restore = setEnv({
      INSTRUCTOR_PASSWORD: 'short',
      SESSION_SECRET: 'a-test-secret-that-is-longer-than-32-bytes',
    })
    for (const phase of [
      'phase-production-server',
      'phase-development-server',
    ]) {
      const { outcome, errors } = load(phase)
      expect(outcome).toBe('exit 1')
      expect(String(errors.mock.calls[0]?.[0])).toContain(
        '[config] INSTRUCTOR_PASSWORD는 12자 이상이어야 합니다 (지금 5자).',
      )
      vi.restoreAllMocks()
    }
  })

  it('lets the build through, and a server with a long enough one', () => {
    restore = setEnv({
      INSTRUCTOR_PASSWORD: 'short',
      SESSION_SECRET: 'a-test-secret-that-is-longer-than-32-bytes',
    })
    expect(load('phase-production-build').outcome).toBe('started')
    restore()
    restore = setEnv({
      INSTRUCTOR_PASSWORD: 'a-long-enough-one',
      SESSION_SECRET: 'a-test-secret-that-is-longer-than-32-bytes',
    })
    expect(load('phase-production-server').outcome).toBe('started')
  })
})
