import type { Metadata } from 'next'

import { PERSONA_PASSWORD, PERSONAS } from '@/lib/personas'

import { ChapterList } from './_site/chapter-list'
import { SITE_DESCRIPTION, SITE_NAME, socialMetadata } from './_site/social'

export const metadata: Metadata = socialMetadata({
  path: '/',
  title: SITE_NAME,
  description: SITE_DESCRIPTION,
  image: 'home',
})

export default function HomePage() {
  return (
    <main id="main" className="home">
      <section className="hero">
        <h1>Next.js 인증, 직접 해 보며 배우기</h1>
        <p>
          Next.js 16 App Router에서 회원가입, 세션, 권한 부여를 어떻게 만드는지
          한 장씩 읽고 바로 옆의 라이브 데모로 시험해 봅니다. 데모는 흉내가
          아닙니다. 이 사이트가 실제로 쓰는 인증 코드가 돌아가고, 가입하면 진짜
          계정이 JSON 저장소에 생기며, 본문에 보이는 코드는 그 코드를 그대로
          잘라 온 것입니다.
        </p>
      </section>
      <section aria-labelledby="chapters-title">
        <h2 id="chapters-title">장 목록</h2>
        <ChapterList />
      </section>
      <section aria-labelledby="accounts-title">
        <h2 id="accounts-title">예시 계정</h2>
        <p>
          1장에서 내 계정을 만들어도 되고, 아래 가상의 인물로 로그인해도 됩니다.
          비밀번호는 모두 <code>{PERSONA_PASSWORD}</code>입니다. 워크숍에서는
          여럿이 같은 예시 계정을 함께 쓰게 되니, 세션을 끝내는 실습은 내
          계정으로 하세요.
        </p>
        <ul className="persona-list">
          {PERSONAS.map((persona) => (
            <li key={persona.key}>
              <bdi>{persona.name}</bdi> · <code>{persona.email}</code> ·{' '}
              {persona.role === 'admin' ? '관리자' : '일반 사용자'}
              {persona.team ? ` · ${persona.team}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </main>
  )
}
