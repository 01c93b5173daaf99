import { Marked, type Tokens } from 'marked'
import { headingAnchor } from '@shared/help/sections'

export interface ManualEntry {
  anchor: string
  text: string
}

export interface RenderedManual {
  html: string
  /** The `##` headings, in order: the table of contents. */
  contents: ManualEntry[]
}

/** Screenshots are taken at this fixed size (test/e2e/manual.spec.ts); the page keeps their room before they load. */
const SHOT = { width: 1360, height: 860 }

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The manual's markdown as HTML for the Help screen. Headings get the anchors GitHub gives them, so
 * `#werklijsten` means the same in the repository and in the app; an image's path (`handleiding/x.png`,
 * relative to docs/) becomes the URL the build gave that file, or stays out when it has none. The markdown is
 * the app's own file, built in, so its HTML is trusted.
 */
export function renderManual(markdown: string, imageUrl: (fileName: string) => string | undefined): RenderedManual {
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { tokens, depth, text }: Tokens.Heading): string {
        // The title is for the repository; on screen the page header names the manual.
        if (depth === 1) return ''
        return `<h${depth} id="${escapeAttribute(headingAnchor(text))}">${this.parser.parseInline(tokens)}</h${depth}>\n`
      },
      image({ href, text }: Tokens.Image): string {
        const url = imageUrl(href.split('/').pop() ?? href)
        if (url === undefined) return ''
        return `<img src="${escapeAttribute(url)}" alt="${escapeAttribute(text)}" width="${SHOT.width}" height="${SHOT.height}" loading="lazy">`
      },
    },
  })
  const contents = marked
    .lexer(markdown)
    .filter((token): token is Tokens.Heading => token.type === 'heading' && (token as Tokens.Heading).depth === 2)
    .map((token) => ({ anchor: headingAnchor(token.text), text: token.text }))
  return { html: marked.parse(markdown, { async: false }), contents }
}
