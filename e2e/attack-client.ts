import http from 'node:http'

import type { Browser } from '@playwright/test'

import { E2E_PORT } from '../playwright.config'

// A client that talks to the test server byte for byte, the way an
// attacker's script would: any header, any body, and a source address of
// its choosing on the loopback network (127.0.0.0/8 all reaches this
// machine), so each test is its own "client" for the login limit.

export type RawResponse = {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

export function rawRequest(options: {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: Buffer
  from?: string
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: E2E_PORT,
        method: options.method ?? 'GET',
        path: options.path,
        localAddress: options.from,
        headers: {
          host: `localhost:${E2E_PORT}`,
          ...options.headers,
          ...(options.body ? { 'content-length': options.body.length } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

export const SAME_ORIGIN = `http://localhost:${E2E_PORT}`

/**
 * The hidden fields React renders into a form for browsers without
 * JavaScript (the action's id and bound arguments), read from the page
 * the way such a browser gets it.
 */
export async function formFields(
  browser: Browser,
  pagePath: string,
  formSelector: string,
): Promise<[string, string][]> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.goto(`${SAME_ORIGIN}${pagePath}`)
    return await page
      .locator(formSelector)
      .first()
      .evaluate((form: HTMLFormElement) =>
        [...new FormData(form)].map(([k, v]) => [k, String(v)]),
      )
  } finally {
    await context.close()
  }
}

/** Posts a form to the page that rendered it, as multipart, like a browser. */
export async function postForm(
  pagePath: string,
  fields: [string, string][],
  values: Record<string, string>,
  options: { from?: string; origin?: string | null; cookie?: string } = {},
): Promise<RawResponse> {
  const data = new FormData()
  const given = new Set(Object.keys(values))
  for (const [name, value] of fields) {
    if (!given.has(name)) data.append(name, value)
  }
  for (const [name, value] of Object.entries(values)) data.append(name, value)
  const encoded = new Response(data)
  const headers: Record<string, string> = {
    'content-type': encoded.headers.get('content-type') ?? '',
    accept: 'text/html',
  }
  const origin = options.origin === undefined ? SAME_ORIGIN : options.origin
  if (origin !== null) headers.origin = origin
  if (options.cookie) headers.cookie = options.cookie
  return rawRequest({
    method: 'POST',
    path: pagePath,
    headers,
    body: Buffer.from(await encoded.arrayBuffer()),
    from: options.from,
  })
}

/** The `name=value` pairs of a response's Set-Cookie headers. */
export function setCookies(response: RawResponse): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const line of response.headers['set-cookie'] ?? []) {
    const [pair = ''] = line.split(';')
    const at = pair.indexOf('=')
    cookies.set(pair.slice(0, at), line)
  }
  return cookies
}
