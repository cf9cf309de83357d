import 'server-only'

import fs from 'node:fs'

import { compileMDX } from 'next-mdx-remote/rsc'
import type { ReactElement } from 'react'
import remarkGfm from 'remark-gfm'

import type { ChapterMeta } from './chapters'
import { remarkFenceMeta } from './fence-meta'
import { mdxComponents } from './mdx-components'
import { rehypeStaticRuns } from './static-runs'
import { rehypeTableScroll } from './table-scroll'
import { rehypeToc, type TocEntry } from './toc'

type Compiled = Promise<{ content: ReactElement; toc: TocEntry[] }>

// With Cache Components, every request for a chapter renders its server
// tree again to stream the per-learner parts; compiling the MDX each time
// took ~250 ms of the main thread (docs/performance.md). A chapter compiles
// once per process, and again only when its file changes (npm run dev).
const compiled = new Map<string, { mtimeMs: number; result: Compiled }>()

export function compileChapter(chapter: ChapterMeta): Compiled {
  const { mtimeMs } = fs.statSync(chapter.file)
  const known = compiled.get(chapter.file)
  if (known?.mtimeMs === mtimeMs) return known.result
  const result = compileChapterNow(chapter)
  compiled.set(chapter.file, { mtimeMs, result })
  // A failed compile is not kept: the next request shows the error again.
  result.catch(() => compiled.delete(chapter.file))
  return result
}

async function compileChapterNow(chapter: ChapterMeta) {
  const source = fs.readFileSync(chapter.file, 'utf8')
  const toc: TocEntry[] = []
  const { content } = await compileMDX({
    source,
    components: mdxComponents,
    options: {
      parseFrontmatter: true,
      // Our chapters are our own, trusted content and pass props such as
      // numbers; blockDangerousJS stays on (the v6 code-execution fix).
      blockJS: false,
      blockDangerousJS: true,
      mdxOptions: {
        remarkPlugins: [remarkGfm, remarkFenceMeta],
        rehypePlugins: [rehypeToc(toc), rehypeTableScroll, rehypeStaticRuns],
      },
    },
  })
  return { content, toc }
}
