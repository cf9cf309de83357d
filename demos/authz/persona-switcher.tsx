import { loginAsPersona } from '@/app/actions/session-demo'
import { PERSONAS } from '@/lib/personas'
import { AfterSubmit } from '../shared/after-submit'

const ROLE_LABEL = { admin: '관리자', member: '일반 사용자' } as const

/** One button per example account: sign in as that person, come back. */
export function PersonaSwitcher({ returnTo }: { returnTo: string }) {
  return (
    <div className="persona-switcher">
      <p className="field-hint">예시 계정으로 바로 로그인:</p>
      {PERSONAS.map((persona) => (
        <form key={persona.key} action={loginAsPersona} className="inline-form">
          <AfterSubmit />
          <input type="hidden" name="persona" value={persona.key} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className="chip">
            {persona.name} ({ROLE_LABEL[persona.role]}
            {persona.team ? `, ${persona.team}` : ''})
          </button>
        </form>
      ))}
    </div>
  )
}
