import type { MDXComponents } from 'mdx/types'

import { AdminDemo } from '@/demos/authz/admin-demo'
import { DtoDemo } from '@/demos/authz/dto-demo'
import { ProtectedAreaDemo } from '@/demos/authz/protected-area-demo'
import { LoginDemo } from '@/demos/login/login-demo'
import { ReplayDemo } from '@/demos/replay/replay-demo'
import { SessionsDemo } from '@/demos/sessions/sessions-demo'
import { SignupDemo } from '@/demos/signup/signup-demo'
import { TamperDemo } from '@/demos/tamper/tamper-demo'

import { Callout } from './components/callout'
import { CodeBlock } from './components/code-block'
import { CodeListing } from './components/code-listing'
import {
  DatabaseSessionFlow,
  ProxyDalFlow,
  SignupFlow,
  StatelessVerifyFlow,
} from './components/flows'
import { Predict } from './components/predict'
import { Quiz } from './components/quiz'
import { StaticHtml } from './static-html/static-html'

// The one registry of tags a chapter may use. A tag missing here makes
// MDX fail loudly at build time instead of rendering nothing.
export const mdxComponents: MDXComponents = {
  Callout,
  CodeListing,
  AdminDemo,
  DtoDemo,
  LoginDemo,
  ProtectedAreaDemo,
  ReplayDemo,
  SessionsDemo,
  SignupDemo,
  TamperDemo,
  SignupFlow,
  ProxyDalFlow,
  DatabaseSessionFlow,
  StatelessVerifyFlow,
  Quiz,
  Predict,
  pre: CodeBlock,
  // Runs of plain markdown, made by rehypeStaticRuns (static-runs.ts).
  StaticHtml,
}
