'use server'

import { z } from 'zod'
import { redirect } from 'next/navigation'

import { SignupFormSchema, type FormState } from '@/lib/definitions'
import { createSession, deleteSession } from '@/lib/session'
import { recordStep, withTrace } from '@/lib/trace'
import { saveTrace } from '@/lib/trace-cookie'
import { createUser } from '@/lib/users'

const SIGNUP_DONE_PATH = '/chapters/signup#signup-demo'
// Where logout may send the learner back to: a path of this site only.
const RETURN_PATH = /^\/(chapters\/[a-z0-9-]+)?$/
// Echoing a megabyte-long "name" back into the page helps nobody.
const ECHO_LIMIT = 300

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name)
  return typeof value === 'string' ? value : undefined
}

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
        return failed(formData, { errors })
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
          return failed(formData, { errors })
        }
        // 4. Create the session for the new user.
        await createSession(created.user.id)
        recordStep({ step: 'session', ok: true, detail: 'cookie-set' })
        return undefined
      } catch (error) {
        console.error('[auth] signup: could not create the account', error)
        const message =
          '계정을 만드는 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.'
        return failed(formData, { message })
      }
      // #endregion signup-create
    },
  )

  // #region signup-redirect
  // 5. Redirect outside try/catch: redirect() works by throwing.
  if (state) return { ...state, trace: steps }
  await saveTrace([
    ...steps,
    { step: 'redirect', ok: true, detail: SIGNUP_DONE_PATH },
  ])
  redirect(SIGNUP_DONE_PATH)
  // #endregion signup-redirect
}
// #endregion signup-action

function failed(
  formData: FormData,
  problem: Pick<NonNullable<FormState>, 'errors' | 'message'>,
): NonNullable<FormState> {
  const echo = (name: string) =>
    (field(formData, name) ?? '').slice(0, ECHO_LIMIT)
  return { ...problem, values: { name: echo('name'), email: echo('email') } }
}

// #region logout-action
export async function logout(formData: FormData): Promise<void> {
  await deleteSession()
  const from = field(formData, 'from') ?? '/'
  redirect(RETURN_PATH.test(from) ? from : '/')
}
// #endregion logout-action
