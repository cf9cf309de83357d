'use server'

import { z } from 'zod'

import { clientKey } from '@/lib/client'
import { verifyCredentials } from '@/lib/credentials'
import {
  LoginFormSchema,
  SignupFormSchema,
  type FormState,
  type LoginState,
} from '@/lib/definitions'
import { limitLoginAttempt } from '@/lib/login-limit'
import { createSession, deleteSession } from '@/lib/session'
import { recordStep, withTrace } from '@/lib/trace'
import { createUser } from '@/lib/users'
import {
  markCheckpoint,
  markInBrowser,
  mergeVisitorProgress,
  recordLogin,
} from '@/lib/workshop/progress'

import {
  echo,
  field,
  forgetDemoCookies,
  redirectWithTrace,
  returnPath,
} from './form-helpers'

const SIGNUP_DONE_PATH = '/chapters/signup#signup-demo'
const LOGIN_DONE_PATH = '/chapters/sessions#login-demo'
const GENERIC_FAILURE =
  '처리하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.'

// #region signup-action
export async function signup(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const { result: state, steps } = await withTrace(
    async (): Promise<FormState> => {
      // #region signup-validate
      // 1. Validate the fields on the server, whatever the browser checked.
      const validated = SignupFormSchema.safeParse({
        name: field(formData, 'name'),
        email: field(formData, 'email'),
        password: field(formData, 'password'),
      })

      // 2. Return early: invalid input never reaches the store.
      if (!validated.success) {
        const errors = z.flattenError(validated.error).fieldErrors
        recordStep({
          step: 'validate',
          ok: false,
          detail: Object.keys(errors).join(','),
        })
        await markInBrowser('signup-invalid') // workshop mode
        return signupFailed(formData, { errors })
      }
      recordStep({ step: 'validate', ok: true, detail: 'ok' })
      // #endregion signup-validate

      // #region signup-create
      // 3. Hash the password and insert the user.
      try {
        const created = await createUser(validated.data)
        if (!created.ok) {
          const errors = {
            email: ['이미 가입된 이메일입니다. 다른 주소를 써 주세요.'],
          }
          return signupFailed(formData, { errors })
        }
        // 4. Create the session for the new user.
        await createSession(created.user)
        await mergeVisitorProgress(created.user) // workshop mode
        return undefined
      } catch (error) {
        console.error('[auth] signup: could not create the account', error)
        return signupFailed(formData, { message: GENERIC_FAILURE })
      }
      // #endregion signup-create
    },
  )

  // #region signup-redirect
  // 5. Redirect outside try/catch: redirect() works by throwing.
  if (state) return { ...state, trace: steps }
  await forgetDemoCookies()
  return redirectWithTrace(steps, SIGNUP_DONE_PATH)
  // #endregion signup-redirect
}
// #endregion signup-action

function signupFailed(
  formData: FormData,
  problem: Pick<NonNullable<FormState>, 'errors' | 'message'>,
): NonNullable<FormState> {
  const values = {
    name: echo(formData, 'name'),
    email: echo(formData, 'email'),
  }
  return { ...problem, values }
}

// #region login-action
export async function login(
  _previous: LoginState,
  formData: FormData,
): Promise<LoginState> {
  const { result: state, steps } = await withTrace(
    async (): Promise<LoginState> => {
      const validated = LoginFormSchema.safeParse({
        email: field(formData, 'email'),
        password: field(formData, 'password'),
        strategy: field(formData, 'strategy'),
      })
      if (!validated.success) {
        const errors = z.flattenError(validated.error).fieldErrors
        recordStep({
          step: 'validate',
          ok: false,
          detail: Object.keys(errors).join(','),
        })
        return loginFailed(formData, { errors })
      }
      recordStep({ step: 'validate', ok: true, detail: 'ok' })

      try {
        const { email, password, strategy } = validated.data
        // #region login-limit-check
        // Checked before bcrypt: a refused attempt costs the server nothing.
        const attempt = await limitLoginAttempt(email, await clientKey(), () =>
          verifyCredentials(email, password),
        )
        if (attempt.limited) {
          const minutes = Math.ceil(attempt.retryAfterSeconds / 60)
          recordStep({ step: 'limit', ok: false, detail: `${minutes}분 대기` })
          const message =
            `로그인 시도가 너무 많습니다. ${minutes}분 뒤에 다시 ` +
            '시도해 주세요.'
          return loginFailed(formData, { message })
        }
        // #endregion login-limit-check
        const user = attempt.result
        if (!user) {
          // One message for an unknown email and a wrong password.
          const message = '이메일 또는 비밀번호가 올바르지 않습니다.'
          return loginFailed(formData, { message })
        }
        // Always a new session: a cookie from before login is not reused.
        await createSession(user, strategy)
        await recordLogin(user, strategy) // workshop mode
        return undefined
      } catch (error) {
        console.error('[auth] login: could not sign in', error)
        return loginFailed(formData, { message: GENERIC_FAILURE })
      }
    },
  )

  if (state) return { ...state, trace: steps }
  await forgetDemoCookies()
  return redirectWithTrace(steps, returnPath(formData, LOGIN_DONE_PATH))
}
// #endregion login-action

function loginFailed(
  formData: FormData,
  problem: Pick<NonNullable<LoginState>, 'errors' | 'message'>,
): NonNullable<LoginState> {
  const values = {
    email: echo(formData, 'email'),
    strategy: echo(formData, 'strategy'),
  }
  return { ...problem, values }
}

// #region logout-action
export async function logout(formData: FormData): Promise<void> {
  await markCheckpoint('logout', { ifSignedIn: true }) // workshop mode
  const { steps } = await withTrace(() => deleteSession())
  await forgetDemoCookies()
  return redirectWithTrace(steps, returnPath(formData, '/'))
}
// #endregion logout-action
