import type { CalendarDate } from '@shared/calendar/calendarDate'
import { formatDate } from '@shared/format/date'
import type { HeaderFooter, PageSetup } from './sheetWriter'

/** A4 in the OOXML paper-size list. */
export const PAPER_A4 = 9

/**
 * Roughly what fits across portrait A4 at 100% in Excel width units (characters of the default font)
 * with the margins below; a wider sheet prints landscape. Fit-to-width shrinks whatever is still wider.
 */
export const PORTRAIT_MAX_WIDTH = 95

export type Orientation = 'portrait' | 'landscape'

export function orientationFor(totalWidth: number): Orientation {
  return totalWidth > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait'
}

/**
 * A4, one page wide and as many pages long as needed (fitToHeight 0), the header row repeated on every
 * page. Margins in inches (the unit of the file format): a little narrower than Excel's default so more fits.
 */
export function printPageSetup(orientation: Orientation, printTitleRow: number | null, fixed: FixedScale | null = null): Partial<PageSetup> {
  return {
    paperSize: PAPER_A4,
    orientation,
    ...(fixed === null ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: fixed.scale }),
    horizontalCentered: false,
    margins: fixed === null ? { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } : FIXED_SCALE_MARGINS,
    ...(printTitleRow === null ? {} : { printTitlesRow: `${printTitleRow}:${printTitleRow}` }),
  }
}

/**
 * A sheet printed at a fixed scale instead of fit-to-width, for lists read and written on paper: fit-to-width
 * shrinks a wide sheet to any size, a fixed scale keeps 11-point text at `scale`% (82% → 9 pt) and handwriting
 * boxes at their size. The sheet must then be laid out to fit the page width (`printableWidthPx`).
 */
export interface FixedScale {
  /** Percent, 10…400. */
  readonly scale: number
}

/** Narrower side margins (inches) for fixed-scale sheets: every centimetre goes to the columns. */
export const FIXED_SCALE_MARGINS = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const

/** Screen pixels per Excel width unit for Calibri 11 (the maximum digit width; the stored width includes the padding). */
export const PX_PER_WIDTH_UNIT = 7
export const PX_PER_CM = 96 / 2.54

/** Width in sheet pixels (96 dpi, 100%) that fits across A4 between the fixed-scale margins at `scale`%. */
export function printableWidthPx(orientation: Orientation, scale: number): number {
  const paperCm = orientation === 'landscape' ? 29.7 : 21
  const marginsCm = (FIXED_SCALE_MARGINS.left + FIXED_SCALE_MARGINS.right) * 2.54
  return ((paperCm - marginsCm) * PX_PER_CM * 100) / scale
}

/** Excel width units a column needs to be `cm` wide on paper at `scale`%: 4 cm at 82% → 26.4 (27). */
export function widthUnitsFor(cm: number, scale: number): number {
  return Math.ceil(((cm * PX_PER_CM * 100) / scale / PX_PER_WIDTH_UNIT) * 10) / 10
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
  /** The header's right-hand side in bold instead of the title, e.g. `VOORLOPIG`: a status every printed page shows. */
  readonly status?: string
  /** Point size of the header and footer texts (default 8); larger on a sheet printed scaled down. */
  readonly size?: number
}

/** Header: organisation left, title right. Footer: title left, `Pagina X van Y` centre, generation date right. */
export function pageHeaderFooter(labels: PageLabels): Partial<HeaderFooter> {
  const title = escapeHeaderFooterText(labels.title)
  const organisation = escapeHeaderFooterText(labels.organisation)
  const date = formatDate(labels.generatedOn)
  const s = `&${labels.size ?? 8}`
  // A status takes the header's right-hand side (where the title goes otherwise): three texts of 9 points or
  // more do not fit side by side on a portrait page, and the title stays in the footer.
  const right = labels.status ? `&B&${Math.max(14, labels.size ?? 8)}${escapeHeaderFooterText(labels.status)}&B` : `${s}${title}`
  return {
    oddHeader: `&L${s}${organisation}&R${right}`,
    oddFooter: `&L${s}${title}&C${s}Pagina &P van &N&R${s}Aangemaakt op ${date}`,
  }
}
