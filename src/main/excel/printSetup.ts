import type { HeaderFooter, PageSetup } from 'exceljs'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { formatDate } from '@shared/format/date'

/** A4 in the OOXML paper-size list. */
export const PAPER_A4 = 9

/**
 * Roughly what fits across portrait A4 at 100% in Excel width units (characters of the default font)
 * with the margins below; a wider sheet prints landscape. Fit-to-width shrinks whatever is still wider.
 */
export const PORTRAIT_MAX_WIDTH = 95
export const LANDSCAPE_MAX_WIDTH = 140

export type Orientation = 'portrait' | 'landscape'

export function orientationFor(totalWidth: number): Orientation {
  return totalWidth > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait'
}

/**
 * A4, one page wide and as many pages long as needed (fitToHeight 0), the header row repeated on every
 * page. Margins in inches (the unit of the file format): a little narrower than Excel's default so more fits.
 */
export function printPageSetup(orientation: Orientation, printTitleRow: number | null): Partial<PageSetup> {
  return {
    paperSize: PAPER_A4,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(printTitleRow === null ? {} : { printTitlesRow: `${printTitleRow}:${printTitleRow}` }),
  }
}

/** `&` starts a code in headers and footers; a literal one is written twice. */
export function escapeHeaderFooterText(text: string): string {
  // Line breaks would split the footer; control characters are not allowed in the XML.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F]+/g, ' ').replace(/&/g, '&&')
}

export interface PageLabels {
  /** What the document is, e.g. `Verbruik Zorggroep Noord 2026-11`; left in the footer of every page. */
  readonly title: string
  /** Top left of every page: who made it (the operator). */
  readonly organisation: string
  readonly generatedOn: CalendarDate
}

/** Header: organisation left, title right. Footer: title left, `Pagina X van Y` centre, generation date right. */
export function pageHeaderFooter(labels: PageLabels): Partial<HeaderFooter> {
  const title = escapeHeaderFooterText(labels.title)
  const organisation = escapeHeaderFooterText(labels.organisation)
  const date = formatDate(labels.generatedOn)
  return {
    oddHeader: `&L&8${organisation}&R&8${title}`,
    oddFooter: `&L&8${title}&C&8Pagina &P van &N&R&8Aangemaakt op ${date}`,
  }
}
