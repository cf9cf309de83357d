/**
 * The HTML of a chapter's static parts, by id, for the render that turns
 * the page's RSC payload into HTML. Both renders run in one process, but
 * from two module graphs (the server components' and the client
 * components'), so the map lives on globalThis: the only thing the two
 * share. The payload itself then carries only the id (decision 34).
 */
const KEY = Symbol.for('next-auth-tutorial.static-html')

type Holder = { [KEY]?: Map<string, string> }

export function staticHtmlById(): Map<string, string> {
  const holder = globalThis as Holder
  return (holder[KEY] ??= new Map())
}
