// Plain JavaScript, shared by chapters.ts and next.config.mjs (which
// cannot import TypeScript): what a chapter's address is.
import fs from 'node:fs'
import path from 'node:path'

/** 'content/01-signup.mdx' is the chapter 'signup'. */
export function slugOf(file) {
  return path.basename(file, '.mdx').replace(/^\d+-/, '')
}

/** Every chapter's slug, from the file names in the folder. */
export function chapterSlugs(dir) {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map(slugOf)
}

/**
 * A path segment that is none of these slugs, as a path-to-regexp
 * parameter (`:slug(…)`) for next.config's rewrites.
 */
export function unknownSlugSegment(slugs) {
  const known = slugs.map((slug) => slug.replace(/[^a-z0-9-]/g, '')).join('|')
  return `:slug((?!(?:${known})$)[^/]+)`
}
