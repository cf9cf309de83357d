'use client'

import { useActionState, useRef } from 'react'

import { signup } from '@/app/actions/auth'
import type { FormState, SignupField } from '@/lib/definitions'

import { FieldErrors, fieldA11y } from '../shared/field-errors'
import { ServerTrace } from '../shared/server-trace'
import { useSessionGeneration } from '../shared/session-events'
import { useFocusFirstError } from '../shared/use-focus-error'

export function SignupForm() {
  // Start from a clean form when a sign-up or logout changed the session.
  const generation = useSessionGeneration()
  return <SignupFormBody key={generation} />
}

// #region signup-form
function SignupFormBody() {
  const [state, action, pending] = useActionState(signup, undefined)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state?.errors)

  return (
    <div className="demo-grid">
      {/* noValidate: the browser's own checks would hide the server's. */}
      <form ref={form} action={action} noValidate className="demo-form">
        <Field name="name" label="이름" autoComplete="name" state={state} />
        <Field
          name="email"
          label="이메일"
          type="email"
          autoComplete="email"
          state={state}
        />
        <Field
          name="password"
          label="비밀번호"
          type="password"
          autoComplete="new-password"
          hint="8자 이상, 문자·숫자·특수 문자를 하나씩 포함"
          state={state}
        />
        {state?.message ? (
          <p className="form-message" role="alert">
            {state.message}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={pending}>
          {pending ? '가입 처리 중…' : '회원가입'}
        </button>
      </form>
      <ServerTrace state={state} pending={pending} />
    </div>
  )
}
// #endregion signup-form

// Well above every rule, so the server's own messages can still be tried,
// and far below the 1 MB a Server Action accepts: a pasted novel is cut
// by the browser instead of failing the whole request.
const INPUT_MAX_LENGTH: Record<SignupField, number> = {
  name: 200,
  email: 320,
  password: 256,
}

type FieldProps = {
  name: SignupField
  label: string
  type?: 'text' | 'email' | 'password'
  autoComplete: string
  hint?: string
  state: FormState
}

// #region signup-field
function Field({
  name,
  label,
  type = 'text',
  autoComplete,
  hint,
  state,
}: FieldProps) {
  const id = `signup-${name}`
  const errors = state?.errors?.[name]
  const hintId = hint ? `${id}-hint` : undefined
  // React 19 resets a form after its action: typed values come back from
  // the server as defaults. The password is never echoed.
  const kept = name === 'password' ? undefined : state?.values?.[name]

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={kept}
        maxLength={INPUT_MAX_LENGTH[name]}
        {...fieldA11y(id, errors, hintId)}
      />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  )
}
// #endregion signup-field
