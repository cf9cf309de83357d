// The learner's choice of colour theme, kept in localStorage. 'system'
// (nothing stored) follows the operating system through CSS alone.
export const THEME_KEY = 'tutorial:theme'
export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value)
}

/**
 * Runs in <head> before the first paint, so a stored choice applies
 * without a flash of the other theme. Kept tiny and free of imports: it is
 * inlined as text. The CSP allows inline scripts (decision record 8).
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(
  THEME_KEY,
)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`

/** Applies a choice to the page and remembers it. */
export function applyTheme(theme: Theme) {
  const root = document.documentElement
  try {
    if (theme === 'system') localStorage.removeItem(THEME_KEY)
    else localStorage.setItem(THEME_KEY, theme)
  } catch {
    // Storage can be off (private mode, policy): the choice then lasts
    // for this page only.
  }
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}

export function readTheme(): Theme {
  const value = document.documentElement.dataset.theme
  return isTheme(value) ? value : 'system'
}
