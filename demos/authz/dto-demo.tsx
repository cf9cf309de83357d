import { getUser } from '@/lib/dal'
import { getProfileDTOs, type HiddenField } from '@/lib/dto'

import { Island } from '../islands/island'
import { DemoFrame } from '../shared/demo-frame'
import { TableScrollBox } from '../shared/table-scroll-box'
import { PersonaSwitcher } from './persona-switcher'

const RULES: Record<string, string> = {
  'team-or-admin': '같은 팀이거나 관리자만',
  'self-or-admin': '본인이거나 관리자만',
}

/** Profiles as the signed-in viewer may see them, field by field. */
export function DtoDemo() {
  return (
    <DemoFrame id="dto-demo" title="누가 무엇을 보는가: 프로필 DTO">
      <PersonaSwitcher returnTo="/chapters/dal-dto#dto-demo" />
      <Island
        panel="dto-profiles"
        props={{}}
        fallback={<p className="muted">프로필을 불러오는 중…</p>}
      />
    </DemoFrame>
  )
}

/** The island: every profile as this viewer may see it. */
export async function Profiles() {
  const viewer = await getUser()
  const profiles = await getProfileDTOs()
  if (!viewer || !profiles) {
    return <p className="muted">위의 예시 계정 중 하나로 로그인해 보세요.</p>
  }
  return (
    <>
      <p data-testid="dto-viewer">
        보는 사람:{' '}
        <strong>
          <bdi>{viewer.name}</bdi>
        </strong>{' '}
        ({viewer.role === 'admin' ? '관리자' : '일반 사용자'}
        {viewer.team ? `, ${viewer.team}` : ''})
      </p>
      <TableScrollBox label="보는 사람에 따른 프로필 표">
        <table className="inspector-table" data-testid="dto-table">
          <thead>
            <tr>
              <th scope="col">이름</th>
              <th scope="col">팀</th>
              <th scope="col">이메일</th>
              <th scope="col">전화번호</th>
              <th scope="col">역할</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((profile) => (
              <tr key={profile.id} data-name={profile.name}>
                <td>
                  <bdi>{profile.name}</bdi>
                  {profile.isSelf ? ' (나)' : ''}
                </td>
                <td>{profile.team ?? '—'}</td>
                <Cell
                  value={profile.email}
                  field="email"
                  hidden={profile.hidden}
                />
                <Cell
                  value={profile.phone}
                  field="phone"
                  hidden={profile.hidden}
                />
                <Cell
                  value={profile.role}
                  field="role"
                  hidden={profile.hidden}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScrollBox>
    </>
  )
}

function Cell({
  value,
  field,
  hidden,
}: {
  value: string | null
  field: HiddenField['field']
  hidden: HiddenField[]
}) {
  const rule = hidden.find((h) => h.field === field)?.rule
  if (rule) {
    return (
      <td className="muted" data-hidden="true">
        숨김 <span className="hidden-rule">({RULES[rule] ?? rule})</span>
      </td>
    )
  }
  return <td>{value ?? '—'}</td>
}
