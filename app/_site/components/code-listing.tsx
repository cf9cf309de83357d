import { cutListing } from '../listing'
import { highlightedListing } from '../highlight'
import { StaticHtml } from '../static-html/static-html'
import { codeLines } from './code-lines'
import { CopyButton } from './copy-button'

type Props = {
  file: string
  region?: string
  lines?: string
  /** Lines to mark, counted from the listing's first line: '3-5,8'. */
  highlight?: string
  caption?: string
}

/** A listing cut from the project's own source: the code that runs. */
export function CodeListing({
  file,
  region,
  lines,
  highlight,
  caption,
}: Props) {
  const html = highlightedListing({ file, region, lines, highlight })
  const { firstLine, lastLine } = cutListing({ file, region, lines })
  return (
    <figure className="listing">
      <figcaption>
        <span className="listing-file">
          {file}
          <span className="listing-lines">
            {' '}
            {firstLine}–{lastLine}행
          </span>
        </span>
        {caption ? <span className="listing-caption">{caption}</span> : null}
      </figcaption>
      <div className="code-frame">
        {/* Shiki's output from our own source files, escaped by shiki. */}
        <StaticHtml
          className="listing-code"
          style={codeLines(lastLine - firstLine + 1)}
          html={html}
        />
        <CopyButton />
      </div>
    </figure>
  )
}
