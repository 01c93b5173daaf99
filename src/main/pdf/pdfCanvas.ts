import PDFDocument from 'pdfkit'
import type { PdfFonts } from './fonts'

/** A4 in PostScript points, and the margins every page keeps (about 15 mm; the footer sits in the bottom one). */
export const A4 = { width: 595.28, height: 841.89 } as const
export const MARGIN = { top: 48, bottom: 64, left: 42, right: 42 } as const
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right
/** The lowest y a line of content may reach before a new page starts. */
export const CONTENT_BOTTOM = A4.height - MARGIN.bottom

/**
 * The fonts are registered under their PostScript names: pdfkit keeps a document's fonts by that name and
 * looks a registered alias up by the alias, so any other alias parses the whole font file again on every
 * switch (seconds for a long client overview).
 */
export const REGULAR = 'LiberationSans'
export const BOLD = 'LiberationSans-Bold'
export const GREY = '#555555'
export const RULE = '#999999'

export interface PdfProperties {
  readonly title: string
  readonly subject: string
  readonly author: string
  readonly keywords: string
  /** Stored as the creation date; the run's date, so a reprint on the same day is the same document. */
  readonly created: Date
}

/**
 * A pdfkit document with the embedded fonts registered, every page buffered (so page X of Y can be written
 * at the end) and the document properties set; `finish` ends it and gives the bytes.
 */
export function newPdf(fonts: PdfFonts, properties: PdfProperties): { doc: PDFKit.PDFDocument; finish: () => Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    // The default font is ours, so no (unembedded) base-14 font is ever referenced.
    font: fonts.regular as unknown as string, // pdfkit accepts a Buffer here; its typings say string only
    lang: 'nl-NL',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: properties.title,
      Subject: properties.subject,
      Author: properties.author,
      Creator: properties.author,
      Producer: 'Cliëntadministratie 24x7',
      Keywords: properties.keywords,
      CreationDate: properties.created,
      ModDate: properties.created,
    },
  })
  doc.registerFont(REGULAR, fonts.regular)
  doc.registerFont(BOLD, fonts.bold)
  doc.font(REGULAR)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  return {
    doc,
    finish: async () => {
      doc.end()
      await ended
      return Buffer.concat(chunks)
    },
  }
}

/**
 * One line of text that never wraps nor starts a page: cut with an ellipsis when it does not fit. Measured
 * and placed here rather than by pdfkit's line wrapper, which costs milliseconds per call (an overview of
 * 5,000 clients has 40,000 cells).
 */
export function cell(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { align?: 'left' | 'right'; font?: string; size?: number; color?: string } = {},
): void {
  doc
    .font(options.font ?? REGULAR)
    .fontSize(options.size ?? 9)
    .fillColor(options.color ?? 'black')
  let shown = text
  let w = doc.widthOfString(shown)
  if (w > width) {
    let keep = shown.length
    while (keep > 0 && w > width) {
      keep--
      shown = `${text.slice(0, keep).trimEnd()}…`
      w = doc.widthOfString(shown)
    }
  }
  doc.text(shown, options.align === 'right' ? x + width - w : x, y, { lineBreak: false })
}

/** A paragraph that wraps within `width`; returns the y below it. */
export function paragraph(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { font?: string; size?: number; color?: string } = {},
): number {
  doc
    .font(options.font ?? REGULAR)
    .fontSize(options.size ?? 9)
    .fillColor(options.color ?? 'black')
  const height = doc.heightOfString(text, { width })
  doc.text(text, x, y, { width })
  return y + height
}

export function hline(doc: PDFKit.PDFDocument, y: number, width = 0.6, color = RULE): void {
  doc
    .save()
    .moveTo(MARGIN.left, y)
    .lineTo(A4.width - MARGIN.right, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke()
    .restore()
}

/**
 * On every page: the footer (`left` text and "Pagina X van Y") and, for a concept, a large CONCEPT across
 * the page and in the footer, so no page of a concept can pass for an invoice; for demo data VOORBEELD likewise.
 */
export function stampPages(doc: PDFKit.PDFDocument, footer: string, concept: boolean, example = false): number {
  const range = doc.bufferedPageRange()
  const count = range.count
  for (let i = range.start; i < range.start + count; i++) {
    doc.switchToPage(i)
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    // Demo data says VOORBEELD the same way (above a concept's CONCEPT when it is both).
    const marks = [...(example ? ['VOORBEELD'] : []), ...(concept ? ['CONCEPT'] : [])]
    marks.forEach((mark, n) => {
      // VOORBEELD is longer than CONCEPT: smaller, so it never breaks across the page.
      const size = marks.length > 1 || mark.length > 7 ? 80 : 120
      doc.save()
      doc.rotate(-35, { origin: [A4.width / 2, A4.height / 2] })
      doc.font(BOLD).fontSize(size).fillColor('#d9d9d9').fillOpacity(0.4)
      // Centred by its own width; the right margin is lifted so pdfkit never breaks the longer word.
      const right = doc.page.margins.right
      doc.page.margins.right = 0
      doc.text(mark, (A4.width - doc.widthOfString(mark)) / 2, A4.height / 2 - size / 2 + (n - (marks.length - 1) / 2) * size * 1.1, { lineBreak: false })
      doc.page.margins.right = right
      doc.restore()
    })
    const y = A4.height - MARGIN.bottom + 24
    hline(doc, y - 6, 0.4)
    const page = `${marks.map((m) => `${m} · `).join('')}Pagina ${i - range.start + 1} van ${count}`
    const pageWidth = marks.length > 1 ? 200 : 150
    cell(doc, footer, MARGIN.left, y, CONTENT_WIDTH - pageWidth, { size: 8, color: GREY })
    cell(doc, page, A4.width - MARGIN.right - pageWidth, y, pageWidth, { size: 8, color: GREY, align: 'right' })
    doc.page.margins.bottom = bottom
  }
  return count
}
