'use server'

import type { ReactNode } from 'react'

import { renderPanels } from '@/demos/islands/panels'

// #region load-panels
/**
 * The per-learner parts of a static page, rendered on the server for the
 * caller (demos/islands). Reads only: it sets no cookie and writes
 * nothing, so Next does not re-render the page after it.
 */
export async function loadPanels(requests: unknown): Promise<ReactNode[]> {
  return renderPanels(requests)
}
// #endregion load-panels
