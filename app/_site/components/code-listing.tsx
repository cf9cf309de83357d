import { highlightedListing } from '../highlight'

type Props = {
  file: string
  region?: string
  lines?: string
  caption?: string
}

/** A listing cut from the project's own source: the code that runs. */
export function CodeListing({ file, region, lines, caption }: Props) {
  const html = highlightedListing({ file, region, lines })
  return (
    <figure className="listing">
      <figcaption>
        <span className="listing-file">{file}</span>
        {caption ? <span className="listing-caption">{caption}</span> : null}
      </figcaption>
      <div
        className="listing-code"
        // Shiki's output from our own source files, escaped by shiki.
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </figure>
  )
}
