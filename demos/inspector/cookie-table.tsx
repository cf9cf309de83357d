import type { ReactNode } from 'react'

import type { Inspection } from '@/lib/inspect'
import { PLANTED_COOKIE_MS } from '@/lib/session-cookie'

import { formatTime } from './format'

// A cookie the server set from its own token expires with the token's exp.
// One planted by hand (tamper, replay) whose exp is missing, past or too
// far gets a fixed time: browsers keep no cookie past 400 days.
const PLANTED_NOTE = {
  'no-exp': '토큰에 exp가 없어, 쿠키는 넣은 때부터 정해진 시간만 남습니다.',
  past: '토큰의 exp가 이미 지났습니다. 쿠키는 넣은 때부터 정해진 시간만 남습니다.',
  'too-far':
    '토큰의 exp가 400일보다 멉니다. 브라우저는 쿠키를 400일까지만 두므로, ' +
    '쿠키는 넣은 때부터 정해진 시간만 남습니다.',
}

export function CookieTable({ inspection }: { inspection: Inspection }) {
  const { cookie, token } = inspection
  const rows: [string, string, ReactNode][] = [
    [
      '이름',
      cookie.name,
      cookie.secure
        ? '__Host- 접두사: 이 사이트의 https 페이지만 설정할 수 있는 이름입니다.'
        : 'http에서는 __Host- 접두사를 쓸 수 없어 접두사 없이 씁니다.',
    ],
    [
      'HttpOnly',
      cookie.httpOnly ? '예' : '아니요',
      <>
        페이지의 자바스크립트(<code>document.cookie</code>)로는 읽을 수
        없습니다.
      </>,
    ],
    [
      'Secure',
      cookie.secure ? '예' : '아니요',
      cookie.secure
        ? 'https 연결에서만 보냅니다.'
        : '지금 요청은 http라서 끕니다. https 사이트에서는 켜집니다.',
    ],
    ['SameSite', 'Lax', '다른 사이트에서 보낸 POST 요청에는 붙지 않습니다.'],
    ['Path', cookie.path, '사이트의 모든 경로에 함께 보냅니다.'],
    cookie.expires
      ? [
          '만료',
          formatTime(cookie.expires.getTime() / 1000),
          '토큰 안의 exp와 같은 시각입니다.',
        ]
      : [
          '만료',
          token ? `넣은 때부터 ${PLANTED_COOKIE_MS / 3_600_000}시간` : '—',
          token
            ? PLANTED_NOTE[cookie.plantedBecause ?? 'no-exp']
            : '쿠키가 없습니다.',
        ],
    [
      '크기',
      // A space before the unit: a narrow column breaks there, not
      // inside the word.
      token ? `${token.bytes} 바이트` : '—',
      '브라우저는 쿠키 하나에 약 4KB까지만 받습니다.',
    ],
  ]
  return (
    <table className="inspector-table">
      <caption>서버가 세션 쿠키에 붙이는 속성</caption>
      <tbody>
        {rows.map(([name, value, why]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
            <td>{why}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
