// First-load JavaScript of a page: the script chunks its HTML references
// (modern browsers skip `nomodule` ones), each gzipped, summed.
import zlib from 'node:zlib'

import { get } from './http.mjs'

export async function firstLoadJs(base, path) {
  const html = (await get(base, path)).body.toString('utf8')
  const sources = new Set()
  for (const [tag, src] of html.matchAll(
    /<script[^>]*\ssrc="([^"]+)"[^>]*>/g,
  )) {
    if (/\snomodule/i.test(tag)) continue
    sources.add(src)
  }
  let gzipBytes = 0
  for (const src of sources) {
    const { status, body } = await get(base, src)
    if (status !== 200) throw new Error(`GET ${src} answered ${status}`)
    gzipBytes += zlib.gzipSync(body).length
  }
  return { scripts: sources.size, gzipBytes }
}
