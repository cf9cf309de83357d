import { isValidElement, type ReactElement } from 'react'
import { describe, expect, it } from 'vitest'

const { renderPanels } = await import('@/demos/islands/panels')

/** What each answered part holds: null for a refused one. */
function contents(input: unknown) {
  return renderPanels(input).map((node) => {
    if (!isValidElement(node)) throw new Error('not an element')
    const child = (node as ReactElement<{ children: unknown }>).props.children
    return child === null ? null : 'rendered'
  })
}

describe('renderPanels (the islands Server Action)', () => {
  it('renders the parts a page may ask for, in order', () => {
    expect(
      contents([
        { panel: 'session-badge', props: {} },
        { panel: 'login-status', props: { chapter: 'sessions', anchor: 'x' } },
        { panel: 'inspector', props: { demo: 'replay-demo' } },
      ]),
    ).toEqual(['rendered', 'rendered', 'rendered'])
  })

  it.each([
    ['an unknown part', { panel: 'cohort', props: {} }],
    ['a name from the prototype', { panel: '__proto__', props: {} }],
    ['a missing prop', { panel: 'login-status', props: { chapter: 'a' } }],
    ['an extra prop', { panel: 'session-badge', props: { userId: 'u1' } }],
    ['a prop that is no slug', { panel: 'inspector', props: { demo: '<x>' } }],
    ['props that are no object', { panel: 'inspector', props: 'demo' }],
  ])('answers null for %s', (_, request) => {
    expect(contents([request])).toEqual([null])
  })

  it('answers nothing at all to input that is no list of requests', () => {
    expect(renderPanels('session-badge')).toEqual([])
    expect(renderPanels(null)).toEqual([])
    expect(renderPanels([{ props: {} }])).toEqual([])
  })

  it('refuses more than 12 parts in one call', () => {
    const many = Array.from({ length: 13 }, () => ({
      panel: 'session-badge',
      props: {},
    }))
    expect(renderPanels(many)).toEqual([])
    expect(renderPanels(many.slice(0, 12))).toHaveLength(12)
  })
})
