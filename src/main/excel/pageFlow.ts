import { PX_PER_CM, PX_PER_WIDTH_UNIT, type FixedScale, type Orientation } from './printSetup'

/** Printable height of A4 in points between the top and bottom margins of `printPageSetup` (0.75 inch each). */
export function printableHeightPt(orientation: Orientation): number {
  const paper = orientation === 'portrait' ? 841.89 : 595.28
  return paper - 2 * 0.75 * 72
}

/** The print scale as a fraction: fixed, or what fit-to-width shrinks `totalWidth` (width units) to. */
export function estimatedScale(orientation: Orientation, totalWidth: number, fixed: FixedScale | null): number {
  if (fixed !== null) return fixed.scale / 100
  // fit-to-width margins: 0.5 inch left and right.
  const paperCm = orientation === 'portrait' ? 21 : 29.7
  const printablePx = (paperCm - 2 * 0.5 * 2.54) * PX_PER_CM
  return Math.min(1, printablePx / (totalWidth * PX_PER_WIDTH_UNIT))
}

export interface TotalsFlow {
  /** Row heights in points, index 0 = row 1, up to and including the totals row. */
  readonly heights: readonly number[]
  /** Points of sheet height per printed page (printable height ÷ scale). */
  readonly pageHeight: number
  /** The header row, repeated at the top of every further page. */
  readonly headerRow: number
  readonly firstDataRow: number
  readonly totalsRow: number
  /** Data rows that must stay on the page of the totals row. */
  readonly keep: number
}

/**
 * Where a manual page break keeps the totals row with its last `keep` data rows, or null when the automatic
 * breaks already do. Excel and LibreOffice break a page at the last row that fits; this follows the same
 * flow from the row heights. It is an estimate (printers differ by a point or two), so a total that ends
 * within one line of the page's end is moved as well: better a short page than a total alone on the next.
 */
export function keepTotalsBreak(flow: TotalsFlow): number | null {
  const { heights, pageHeight, headerRow, firstDataRow, totalsRow, keep } = flow
  const repeated = heights[headerRow - 1] ?? 0
  let pageStart = 1
  let used = 0
  for (let row = 1; row <= totalsRow; row++) {
    const h = heights[row - 1] ?? 0
    const room = pageStart === 1 ? pageHeight : pageHeight - repeated
    if (used + h > room && used > 0) {
      pageStart = row
      used = h
    } else used += h
  }
  const room = pageStart === 1 ? pageHeight : pageHeight - repeated
  const dataRowsWithTotal = totalsRow - Math.max(pageStart, firstDataRow)
  const nearEnd = room - used < 15
  const breakRow = totalsRow - keep
  if (breakRow <= firstDataRow) return null
  if (pageStart > firstDataRow && dataRowsWithTotal < keep) return breakRow
  if (nearEnd) return breakRow
  return null
}
