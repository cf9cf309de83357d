import 'server-only'

import fs from 'node:fs'

import { compileMDX } from 'next-mdx-remote/rsc'
import remarkGfm from 'remark-gfm'

import type { ChapterMeta } from './chapters'
import { remarkFenceMeta } from './fence-meta'
import { mdxComponents } from './mdx-components'
import { rehypeToc, type TocEntry } from './toc'

export async function compileChapter(chapter: ChapterMeta) {
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
        rehypePlugins: [rehypeToc(toc)],
      },
    },
  })
  return { content, toc }
}
