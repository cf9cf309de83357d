import { beforeEach, describe, expect, it } from 'vitest'

import {
  NEED_LOGIN,
  BANNER_REFUSED,
  persona,
  signIn,
  nextRequestWith,
  storeBytes,
  refusal,
  banner,
  setBanner,
} from './helpers/admin-actors'
import { form, request } from './helpers/next-request'
import { setUpFreshRequestAndStore } from './helpers/setup'

setUpFreshRequestAndStore()

describe('setBanner as the admin', () => {
  beforeEach(async () => {
    await signIn(await persona('admin@example.com'))
  })

  it('stores the trimmed text as the banner, on disk too, and refreshes the page', async () => {
    const state = await setBanner(undefined, form({ banner: '  점검 안내  ' }))

    expect(state).toEqual({ ok: '공지를 바꿨습니다.' })
    expect(request.refreshes).toBe(1)
    expect(await banner()).toBe('점검 안내')
    expect(JSON.parse(storeBytes().toString('utf8')).settings.banner).toBe(
      '점검 안내',
    )
  })

  it('clears the banner with empty or blank text', async () => {
    for (const text of ['', '   ']) {
      await setBanner(undefined, form({ banner: '지울 공지' }))
      expect(await banner()).toBe('지울 공지')

      const state = await setBanner(undefined, form({ banner: text }))

      expect(state).toEqual({ ok: '공지를 지웠습니다.' })
      expect(await banner()).toBeNull()
    }
  })

  it('accepts exactly 100 characters and refuses 101, leaving the store as it was', async () => {
    const ok = await setBanner(undefined, form({ banner: '가'.repeat(100) }))
    expect(ok?.ok).toBe('공지를 바꿨습니다.')

    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '나'.repeat(101) })),
    )

    expect(error).toBe('공지는 100자 이하로 써 주세요.')
    expect(await banner()).toBe('가'.repeat(100))
  })

  it.each([
    ['a bell (a control character)', '점검\u0007안내'],
    ['a line break inside the text', '점검\n안내'],
    ['a zero-width space', '점검\u200b안내'],
    ['a right-to-left override', '점검\u202e안내'],
    ['a line separator', '점검\u2028안내'],
  ])('refuses text with %s and leaves the store as it was', async (_, text) => {
    const error = await refusal(() =>
      setBanner(undefined, form({ banner: text })),
    )

    expect(error).toBe(
      '공지에 제어 문자나 보이지 않는 문자는 넣을 수 없습니다.',
    )
    expect(await banner()).toBeNull()
  })
})

describe('setBanner refuses everyone but the admin', () => {
  it('refuses a signed-out caller and leaves the store file byte-for-byte unchanged', async () => {
    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '몰래 바꾼 공지' })),
    )

    expect(error).toBe(NEED_LOGIN)
    expect(await banner()).toBeNull()
  })

  it('refuses a member and leaves the store file byte-for-byte unchanged', async () => {
    await signIn(await persona('admin@example.com'))
    await setBanner(undefined, form({ banner: '원래 공지' }))
    await signIn(await persona('minjun@example.com'))

    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '몰래 바꾼 공지' })),
    )

    expect(error).toBe(BANNER_REFUSED)
    expect(await banner()).toBe('원래 공지')
  })

  it('refuses a member even with empty text, which would clear the banner', async () => {
    await signIn(await persona('admin@example.com'))
    await setBanner(undefined, form({ banner: '원래 공지' }))
    await signIn(await persona('doyun@example.com'))

    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '' })),
    )

    expect(error).toBe(BANNER_REFUSED)
    expect(await banner()).toBe('원래 공지')
  })

  it('refuses a payload claiming admin under the original signature', async () => {
    const token = await signIn(await persona('minjun@example.com'))
    const [header, body, signature] = token.split('.')
    const claims = JSON.parse(
      Buffer.from(body ?? '', 'base64url').toString('utf8'),
    )
    const forged = Buffer.from(
      JSON.stringify({ ...claims, role: 'admin' }),
    ).toString('base64url')
    nextRequestWith(`${header}.${forged}.${signature}`)

    const error = await refusal(() =>
      setBanner(undefined, form({ banner: '위조된 공지' })),
    )

    expect(error).toBe(NEED_LOGIN)
  })
})
