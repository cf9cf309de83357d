import type { Browser } from '@playwright/test'

import { formFields, postForm } from './attack-client'
import { storedDb } from './authz-helpers'

// The forms an attacker's script posts to, read once per spec file the
// way a browser without JavaScript gets them, and the posts themselves.

export const LOGIN_FORM = 'form:has(input[name="password"])'
const SIGNUP_FORM = '#signup-demo form'
export const CROSS_SITE = '다른 사이트에서 보낸 요청은 받지 않습니다.'

let login: [string, string][] = []
let signup: [string, string][] = []

/** Call from beforeAll: reads the hidden fields of both forms. */
export async function readForms(browser: Browser) {
  login = await formFields(browser, '/login', LOGIN_FORM)
  signup = await formFields(browser, '/chapters/signup', SIGNUP_FORM)
}

export const signupFields = () => signup
export const loginFields = () => login

type PostOptions = Parameters<typeof postForm>[3]

export const tryLogin = (
  email: string,
  password: string,
  options: PostOptions & { returnTo?: string } = {},
) =>
  postForm(
    '/login',
    login,
    {
      email,
      password,
      strategy: 'stateless',
      ...(options.returnTo ? { returnTo: options.returnTo } : {}),
    },
    options,
  )

export const trySignup = (email: string, options: PostOptions) =>
  postForm(
    '/chapters/signup',
    signup,
    { name: '공격 시험', email, password: 'pass-1234!' },
    options,
  )

export const userCount = () => storedDb().users.length
export const hasUser = (email: string) =>
  storedDb().users.some((user) => user.email === email)
