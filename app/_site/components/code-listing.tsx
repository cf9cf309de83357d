import { highlight } from '../highlight'
import { cutListing } from '../listing'

type Props = {
  file: string
  region?: string
  lines?: string
  caption?: string
}

/** A listing cut from the project's own source: the code that runs. */
export async function CodeListing({ file, region, lines, caption }: Props) {
  const listing = cutListing({ file, region, lines })
  const html = await highlight(listing.code, listing.lang)
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
