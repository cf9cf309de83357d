'use client'

import { Component, useEffect, useState, type ReactNode } from 'react'

import { useDemoGeneration } from '../shared/session-events'
import { requestPanel } from './island-loader'
import type { PanelName, PanelProps } from './panel-types'

const FAILED = (
  <p className="muted" role="status">
    이 부분을 불러오지 못했습니다. 페이지를 새로 고쳐 보세요.
  </p>
)

/**
 * A per-learner part of a static page: the page is served as a file to
 * everyone, and this part is rendered on the server for this learner
 * after mount (decision record 33). It loads again after any demo form
 * is sent, so it always shows the state the last action left.
 */
export function Island<Name extends PanelName>({
  panel,
  props,
  fallback,
}: {
  panel: Name
  props: PanelProps[Name]
  fallback: ReactNode
}) {
  const generation = useDemoGeneration()
  const [content, setContent] = useState<ReactNode | undefined>(undefined)
  // Props are plain strings: compare them by value, not by identity.
  const key = JSON.stringify(props)

  useEffect(() => {
    let current = true
    const request = { panel, props: JSON.parse(key) } as Parameters<
      typeof requestPanel
    >[0]
    requestPanel(request).then(
      (node) => current && setContent(node),
      () => current && setContent(FAILED),
    )
    return () => {
      current = false
    }
  }, [panel, key, generation])

  // Until the first answer the fallback stands; a reload keeps the old
  // content on screen until the new one arrives. Without JavaScript no
  // answer comes: the fallback ("checking…") is hidden by CSS instead of
  // waiting forever, and the demo's noscript note says why.
  return (
    <IslandBoundary>
      {content === undefined ? (
        <div className="island-fallback">{fallback}</div>
      ) : (
        content
      )}
    </IslandBoundary>
  )
}

/** A part that fails to render says so; the next answer is tried anew. */
class IslandBoundary extends Component<
  { children: ReactNode },
  { failed: boolean; children: ReactNode }
> {
  state = { failed: false, children: this.props.children }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  static getDerivedStateFromProps(
    props: { children: ReactNode },
    state: { children: ReactNode },
  ) {
    return props.children === state.children
      ? null
      : { failed: false, children: props.children }
  }

  render() {
    return this.state.failed ? FAILED : this.props.children
  }
}
