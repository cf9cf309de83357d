import 'server-only'

import { Fragment, type ReactNode } from 'react'
import { z } from 'zod'

import { SessionBadge } from '@/app/_site/components/session-badge'

import { AdminBanner, AdminViewer } from '../authz/admin-demo'
import { Profiles } from '../authz/dto-demo'
import { ProtectedState } from '../authz/protected-area-demo'
import { Inspector } from '../inspector/inspector'
import { LoginStatus } from '../login/login-demo'
import { SessionList } from '../sessions/sessions-demo'
import { SignupStatus } from '../signup/signup-demo'
import { TamperStatus } from '../tamper/tamper-demo'
import type { PanelName, PanelProps } from './panel-types'

// What a page may ask for after mount (island.tsx), and how each part is
// rendered for the learner who asks. Anyone can call the Server Action
// behind this with any input, so names and props are checked here; every
// part reads only the caller's own cookie and rows, as the page would.
const Slug = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/)
const None = z.object({}).strict()

/** A part of the page: its props checked first, then rendered. */
function panel<Props>(
  schema: z.ZodType<Props>,
  render: (props: Props) => ReactNode,
) {
  return (input: unknown): ReactNode => {
    const checked = schema.safeParse(input)
    return checked.success ? render(checked.data) : null
  }
}

const PANELS: { [Name in PanelName]: (input: unknown) => ReactNode } = {
  'session-badge': panel(None, () => <SessionBadge />),
  'signup-status': panel(None, () => <SignupStatus />),
  'login-status': panel(
    z.object({ chapter: Slug, anchor: Slug }).strict(),
    (props: PanelProps['login-status']) => <LoginStatus {...props} />,
  ),
  inspector: panel(
    z.object({ demo: Slug }).strict(),
    ({ demo }: PanelProps['inspector']) => <Inspector demo={demo} />,
  ),
  'tamper-status': panel(None, () => <TamperStatus />),
  'session-list': panel(None, () => <SessionList />),
  'dto-profiles': panel(None, () => <Profiles />),
  'protected-state': panel(None, () => <ProtectedState />),
  'admin-viewer': panel(None, () => <AdminViewer />),
  'admin-banner': panel(None, () => <AdminBanner />),
}

// A page has at most a handful of islands.
const MAX_PANELS = 12

const RequestsSchema = z
  .array(z.object({ panel: z.string().max(40), props: z.unknown() }))
  .max(MAX_PANELS)

/** One rendered part per request, in order; null for what is refused. */
export function renderPanels(input: unknown): ReactNode[] {
  const parsed = RequestsSchema.safeParse(input)
  if (!parsed.success) return []
  return parsed.data.map(({ panel: name, props }) => (
    // Keyed by what was asked, not by its place in this call: the same part
    // in a later call keeps its client state (a form's message).
    <Fragment key={JSON.stringify([name, props])}>
      {Object.hasOwn(PANELS, name) ? PANELS[name as PanelName](props) : null}
    </Fragment>
  ))
}
