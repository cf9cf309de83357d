import type { IncomingMessage, ServerResponse } from 'node:http'

import type { LRUCache } from 'lru-cache'

export interface StaticBodiesOptions {
  maxSize?: number
  brotliQuality?: number
  gzipLevel?: number
  threshold?: number
}

export interface Entry {
  identity: Buffer
  gzip: Buffer | null
  br: Buffer | null
}

export interface StaticBodies {
  install(req: IncomingMessage, res: ServerResponse): void
  cache: LRUCache<string, Entry>
  stats: { encoded: number; reused: number }
  settled(): Promise<void>
}

export function chooseEncoding(req: IncomingMessage): 'br' | 'gzip' | 'identity'
export function isSharedStaticBody(
  req: IncomingMessage,
  res: ServerResponse,
): boolean
export function createStaticBodies(options?: StaticBodiesOptions): StaticBodies
export type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void

export function compressResponses(
  options?: StaticBodiesOptions,
): Middleware & { bodies: StaticBodies }
