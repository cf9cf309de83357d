// The per-learner parts of the static pages, by name, with the props each
// takes. Shared by the client (which asks for a panel after mount) and the
// server (which renders it): see panels.tsx and island.tsx.
export type PanelProps = {
  'session-badge': Record<string, never>
  'signup-status': Record<string, never>
  'login-status': { chapter: string; anchor: string }
  inspector: { demo: string }
  'tamper-status': Record<string, never>
  'session-list': Record<string, never>
  'dto-profiles': Record<string, never>
  'protected-state': Record<string, never>
  'admin-viewer': Record<string, never>
  'admin-banner': Record<string, never>
}

export type PanelName = keyof PanelProps

export type PanelRequest = {
  [Name in PanelName]: { panel: Name; props: PanelProps[Name] }
}[PanelName]
