// The store file as the terminal commands see it: missing, usable, or
// damaged (and then exactly why, in Korean), checked by the same module
// the server uses at start-up (lib/store-check.mjs).
import fs from 'node:fs'
import path from 'node:path'

import { checkStoreText } from '../../lib/store-check.mjs'

/**
 * @returns {{ state: 'missing' }
 *   | { state: 'ok', data: object }
 *   | { state: 'damaged', why: string }}
 */
export function readStoreFile(file) {
  if (!fs.existsSync(file)) return { state: 'missing' }
  let text
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    return { state: 'damaged', why: `읽을 수 없습니다 (${error.code})` }
  }
  const checked = checkStoreText(text, 'ko')
  return checked.ok
    ? { state: 'ok', data: checked.data }
    : { state: 'damaged', why: checked.why }
}

/** Same as the server: a temporary file renamed over the old one. */
export function writeStoreFile(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, JSON.stringify(data), { mode: 0o600 })
  fs.renameSync(temp, file)
}

/** Moves a damaged store out of the way, kept byte for byte. */
export function moveAside(file) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  let aside = `${file}.broken-${stamp}`
  for (let n = 2; fs.existsSync(aside); n++) {
    aside = `${file}.broken-${stamp}-${n}`
  }
  fs.renameSync(file, aside)
  return aside
}

/** 512 바이트, 3 KB, 1.2 MB. */
export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes}바이트`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** 2026-05-04 14:03:09, in this machine's time zone. */
export function localTime(iso) {
  const d = new Date(iso)
  const two = (n) => String(n).padStart(2, '0')
  return (
    `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ` +
    `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`
  )
}
