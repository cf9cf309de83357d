'use client'

import { useEffect, type RefObject } from 'react'

/**
 * After a submit that came back with errors, move focus to the first
 * invalid field, so a keyboard or screen-reader user lands on the problem
 * instead of at the top of the page.
 */
export function useFocusFirstError(
  form: RefObject<HTMLFormElement | null>,
  state: unknown,
) {
  useEffect(() => {
    if (!state) return
    const invalid = form.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"]',
    )
    invalid?.focus()
  }, [form, state])
}
