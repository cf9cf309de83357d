// Whether a text is a usable store, and if not, exactly what is wrong and
// where. One check for every reader of a store file: the server at start-up
// (lib/store-file.ts, English for its log), the console's restore and the
// terminal commands (Korean, for the instructor). Plain JavaScript so
// scripts/workshop.mjs runs it with no build step.
import { z } from 'zod'

import { StoreDataSchema } from './store-schema.mjs'

/** @typedef {import('./store-schema.mjs').StoreData} StoreData */
/** @typedef {'en' | 'ko'} Lang */
/** @typedef {{ ok: true, data: StoreData } | { ok: false, why: string }} StoreCheck */

const koreanErrors = z.locales.ko().localeError

/**
 * @param {string} text the file's contents
 * @param {Lang} [lang] the language of `why`
 * @returns {StoreCheck}
 */
export function checkStoreText(text, lang = 'en') {
  const ko = lang === 'ko'
  if (text.trim() === '') {
    return {
      ok: false,
      why: ko
        ? `비어 있습니다 (${text.length}바이트)`
        : `it is empty (${text.length} bytes)`,
    }
  }
  /** @type {unknown} */
  let json
  try {
    json = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      why: ko
        ? `올바른 JSON이 아닙니다: ${whereInText(text, message)}`
        : notJsonInEnglish(text, message),
    }
  }
  const parsed = StoreDataSchema.safeParse(
    json,
    ko ? { error: koreanErrors } : undefined,
  )
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue?.path.join('.')
    const detail = issue?.message ?? (ko ? '알 수 없음' : 'unknown')
    return {
      ok: false,
      why: ko
        ? `${path ? `${path} 항목의` : '맨 위의'} 모양이 틀렸습니다 (${detail})`
        : `its shape is wrong at ${path || 'the top level'}: ${detail}`,
    }
  }
  return { ok: true, data: parsed.data }
}

/**
 * Why JSON.parse refused, for the server's log: a byte-order mark an
 * editor put in front, or the text, and "cut short" only when it ends
 * early.
 * @param {string} text
 * @param {string} message
 */
function notJsonInEnglish(text, message) {
  if (text.startsWith(BOM)) {
    return 'it starts with a byte-order mark (an editor saved it as "UTF-8 with BOM")'
  }
  const cut = endsEarly(text, message)
    ? `; the file has ${text.length} characters, so it may have been cut short`
    : ''
  return `it is not valid JSON (${message}${cut})`
}

const BOM = '\uFEFF'

/**
 * @param {string} text
 * @param {string} message
 */
function endsEarly(text, message) {
  const position = /at position (\d+)/.exec(message)
  return (
    /end of JSON input|Unterminated/.test(message) ||
    (position !== null && Number(position[1]) >= text.trimEnd().length)
  )
}

/**
 * Where JSON.parse stopped, in Korean. Node's message names a position,
 * a line and column, or only the text around it, by version.
 * @param {string} text
 * @param {string} message
 */
function whereInText(text, message) {
  if (text.startsWith(BOM)) {
    return '맨 앞에 BOM(바이트 순서 표시)이 있습니다. 편집기에서 "BOM 없는 UTF-8"로 다시 저장하세요'
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  const position = /at position (\d+)/.exec(message)
  if (endsEarly(text, message)) {
    return `${text.length}자에서 끝납니다. 쓰는 도중에 잘렸을 수 있습니다`
  }
  if (lineColumn) {
    return `${lineColumn[1]}번째 줄 ${lineColumn[2]}번째 글자에서 읽기를 멈췄습니다`
  }
  if (position) {
    const before = text.slice(0, Number(position[1]))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    return `${line}번째 줄 ${column}번째 글자에서 읽기를 멈췄습니다`
  }
  return `읽을 수 없는 곳이 있습니다 (${message})`
}
