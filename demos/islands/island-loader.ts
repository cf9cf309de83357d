'use client'

import type { ReactNode } from 'react'

import { loadPanels } from '@/app/actions/panels'

import type { PanelRequest } from './panel-types'

// Next runs Server Actions one after another, so the islands that mount
// together ask in one call: a chapter with a badge and two inspectors
// makes one request, not three in a row. The same part asked for twice
// (React runs effects twice in development) is rendered once.
type Waiting = {
  key: string
  resolve: (node: ReactNode) => void
  reject: (error: unknown) => void
}

let waiting: Waiting[] = []

export function requestPanel(request: PanelRequest): Promise<ReactNode> {
  return new Promise((resolve, reject) => {
    waiting.push({ key: JSON.stringify(request), resolve, reject })
    // A layout and its page hydrate in separate commits: wait one task.
    if (waiting.length === 1) setTimeout(flush, 0)
  })
}

async function flush() {
  const batch = waiting
  waiting = []
  const keys = [...new Set(batch.map((item) => item.key))]
  try {
    const nodes = await loadPanels(keys.map((key) => JSON.parse(key)))
    for (const item of batch) item.resolve(nodes[keys.indexOf(item.key)])
  } catch (error) {
    for (const item of batch) item.reject(error)
  }
}
