import MiniSearch from 'minisearch'

import { allSections } from '@/app/_site/search/sections'
import { INDEX_OPTIONS } from '@/app/_site/search/tokenize'

// Built once, at build time, from content/: the production server answers
// from the prerendered file and no search service runs anywhere. The
// search box fetches it only when a learner opens search.
export async function GET() {
  const index = new MiniSearch(INDEX_OPTIONS)
  index.addAll(allSections())
  return new Response(JSON.stringify(index), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
