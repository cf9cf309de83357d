'use client'

import { useActionState, useRef } from 'react'

import { login } from '@/app/actions/auth'

import { FieldErrors, fieldA11y } from '../shared/field-errors'
import { ServerTrace } from '../shared/server-trace'
import { useSessionGeneration } from '../shared/session-events'
import { useFocusFirstError } from '../shared/use-focus-error'

const PERSONAS = [
  { email: 'admin@example.com', label: '한지우 (관리자)' },
  { email: 'minjun@example.com', label: '김민준 (알파팀)' },
  { email: 'doyun@example.com', label: '박도윤 (베타팀)' },
]

type Props = {
  returnTo: string
  personaHints?: boolean
  /** Where the steps of a successful login can be seen. */
  successNote?: string
}

export function LoginForm(props: Props) {
  // Start from a clean form when a login or logout changed the session.
  const generation = useSessionGeneration()
  return <LoginFormBody key={generation} {...props} />
}

// #region login-form
function LoginFormBody({ returnTo, personaHints = true, successNote }: Props) {
  const [state, action, pending] = useActionState(login, undefined)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state?.errors)
  const strategy =
    state?.values?.strategy === 'database' ? 'database' : 'stateless'

  return (
    <div className="demo-grid">
      <form ref={form} action={action} noValidate className="demo-form">
        <input type="hidden" name="returnTo" value={returnTo} />
        <div className="field">
          <label htmlFor="login-email">이메일</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            maxLength={320}
            defaultValue={state?.values?.email}
            {...fieldA11y('login-email', state?.errors?.email)}
          />
          <FieldErrors id="login-email" errors={state?.errors?.email} />
        </div>
        <div className="field">
          <label htmlFor="login-password">비밀번호</label>
          {/* Never refilled after an error: the password is not sent back. */}
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            maxLength={256}
            {...fieldA11y('login-password', state?.errors?.password)}
          />
          <FieldErrors id="login-password" errors={state?.errors?.password} />
        </div>
        <fieldset className="field strategy">
          <legend>세션 방식</legend>
          <label>
            <input
              type="radio"
              name="strategy"
              value="stateless"
              defaultChecked={strategy === 'stateless'}
            />{' '}
            무상태 세션 (토큰에 모든 것)
          </label>
          <label>
            <input
              type="radio"
              name="strategy"
              value="database"
              defaultChecked={strategy === 'database'}
            />{' '}
            데이터베이스 세션 (토큰에는 세션 id만)
          </label>
          <FieldErrors id="login-strategy" errors={state?.errors?.strategy} />
        </fieldset>
        {state?.message ? (
          <p className="form-message" role="alert">
            {state.message}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={pending}>
          {pending ? '로그인 중…' : '로그인'}
        </button>
        {personaHints ? (
          <p className="field-hint">
            예시 계정 (비밀번호 <code>demo-pass-1!</code>):{' '}
            {PERSONAS.map((persona) => (
              <button
                key={persona.email}
                type="button"
                className="chip"
                onClick={() => {
                  const fields = form.current?.elements
                  const email = fields?.namedItem('email')
                  const password = fields?.namedItem('password')
                  if (email instanceof HTMLInputElement)
                    email.value = persona.email
                  if (password instanceof HTMLInputElement) {
                    password.value = 'demo-pass-1!'
                  }
                }}
              >
                {persona.label}
              </button>
            ))}
          </p>
        ) : null}
      </form>
      <ServerTrace state={state} pending={pending} onSuccess={successNote} />
    </div>
  )
}
// #endregion login-form
