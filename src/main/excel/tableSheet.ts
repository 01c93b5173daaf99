import { setAutoFilter } from './autoFilter'
import { cellRef, safeSheetName } from './cellRefs'
import type { Alignment, Style } from './cellStyle'
import { coerceCell, type CellPrimitive } from './cellValues'
import { cellValue, headerLines, layoutColumn, numberFormatOf, shownLength, textLines, type Column, type ColumnKind, type ColumnLayout } from './columns'
import { orientationFor, pageHeaderFooter, printPageSetup, type FixedScale, type Orientation, type PageLabels } from './printSetup'
import {
  BOLD_FONT,
  FOLLOW_UP_BORDER,
  FONT,
  HEADER_BORDER,
  HEADER_FILL,
  HIGHLIGHT_FILLS,
  ROW_BORDER,
  SUBTITLE_FONT,
  TITLE_FONT,
  type Highlight,
} from './sheetStyles'
import { exactUnits, writeTotalsRow, type ColumnAccumulator } from './totalsRow'
import { RowXmlWriter, type RowCell } from './rowXml'
import { estimatedScale, keepTotalsBreak, printableHeightPt } from './pageFlow'
import type { SheetCell, SheetRow, SheetWriter } from './sheetWriter'
import { keepPaceWithZip } from './zipPacing'
import type { StreamingWorkbook } from './streamingWorkbook'

export interface TableSheet<R> {
  readonly name: string
  /** First line above the table. */
  readonly title: string
  /** Lines under the title (partner, period, criteria); long lines wrap across the table's width. */
  readonly subtitle?: readonly string[]
  readonly columns: readonly Column<R>[]
  readonly rows: readonly R[]
  /** Text in the first column(s) of the totals row; the row is written when any column has a total. */
  readonly totalsLabel?: string
  /** A light fill for rows that need attention; the row should also say why in a column (black-and-white print). */
  readonly highlight?: (row: R) => Highlight | null
  /** Minimum data row height in points, e.g. room to write by hand. */
  readonly rowHeight?: number
  /** Shown instead of rows when there are none. */
  readonly emptyText?: string
  readonly page: PageLabels
  /** Default: landscape when the columns are wider than portrait A4 holds. */
  readonly orientation?: Orientation
  /** Print at this fixed scale instead of one page wide (lists filled in by hand); the caller fits the widths. */
  readonly fixedScale?: FixedScale
  /** Keep the totals row on one printed page with at least this many data rows (no total alone on a page). */
  readonly keepTotalsWith?: number
  /** A manual page break before this row (e.g. each partner on a new page). */
  readonly pageBreakBefore?: (row: R, index: number) => boolean
  /** Writes the data rows as row objects instead of as XML bytes (tests compare the two). */
  readonly viaRowObjects?: boolean
}

/** Where things ended up, for formulas on other sheets and for the caller's summary. */
export interface TableSheetResult {
  readonly sheetName: string
  readonly headerRow: number
  readonly firstDataRow: number
  /** Equals `headerRow` when there are no rows. */
  readonly lastDataRow: number
  readonly totalsRow: number | null
  readonly rows: number
  /** Cached results of the totals row by column key (null: empty). */
  readonly totals: Readonly<Record<string, number | null>>
  readonly columnIndex: (key: string) => number
  readonly orientation: Orientation
}

/** Points per line of 11-point text. */
export const LINE_HEIGHT = 15

/** The header row of a table sheet: after the title, the subtitle lines and one blank row. */
export function tableHeaderRow(subtitleLines: number): number {
  return 2 + subtitleLines + 1
}

function alignment(layout: ColumnLayout, vertical: Alignment['vertical']): Partial<Alignment> {
  return { vertical, horizontal: layout.horizontal, wrapText: layout.wrap, ...(layout.indent > 0 ? { indent: layout.indent } : {}) }
}

function dataStyle(kind: ColumnKind, layout: ColumnLayout, highlight: Highlight | null): Partial<Style> {
  const numFmt = numberFormatOf(kind)
  return {
    font: FONT,
    ...(numFmt ? { numFmt } : {}),
    alignment: alignment(layout, 'top'),
    border: kind === 'followUp' ? FOLLOW_UP_BORDER : ROW_BORDER,
    ...(highlight ? { fill: HIGHLIGHT_FILLS[highlight] } : {}),
  }
}

/** Lines a wrapped text cell needs; one unless it is longer than the column or has a line break. */
function wrappedLines(text: string, layout: ColumnLayout): number {
  if (text.length + 2 <= layout.width && text.indexOf('\n') < 0) return 1
  return textLines(text, layout.width - layout.indent)
}

/** The same row through SheetRow and SheetCell objects: the reference the tests compare the bytes with. */
function writeRowViaObjects(row: SheetRow, cells: readonly RowCell[], styles: readonly Partial<Style>[], height: number): void {
  cells.forEach((value, i) => {
    const cell = row.getCell(i + 1)
    cell.value = value
    cell.style = styles[i]!
  })
  if (height > 0) row.height = height
  row.commit()
}

function setCell(cell: SheetCell, value: CellPrimitive, style: Partial<Style>): void {
  cell.value = coerceCell(value)
  cell.style = style
}

function writeTitleBlock(
  sheet: SheetWriter,
  spec: Pick<TableSheet<unknown>, 'title' | 'subtitle' | 'fixedScale'>,
  lastColumn: number,
  totalWidth: number,
): number[] {
  const heights: number[] = []
  // Scaled down on paper, the subtitle gets the body's size so it still prints at a readable size.
  const subtitleFont = spec.fixedScale ? { ...SUBTITLE_FONT, size: FONT.size } : SUBTITLE_FONT
  const lines = [spec.title, ...(spec.subtitle ?? [])]
  lines.forEach((text, i) => {
    const row = sheet.getRow(i + 1)
    const isTitle = i === 0
    setCell(row.getCell(1), text, { font: isTitle ? TITLE_FONT : subtitleFont, alignment: { vertical: 'top', wrapText: true } })
    // Merged across the table, so a long line wraps within the printed width; height from its length.
    const lineCount = textLines(text, totalWidth / (isTitle ? 1.3 : 1))
    row.height = (isTitle ? 20 : spec.fixedScale ? LINE_HEIGHT : 14) * lineCount
    heights.push(row.height)
    if (lastColumn > 1) sheet.mergeCells(i + 1, 1, i + 1, lastColumn)
    row.commit()
  })
  return heights
}

/**
 * Writes a table sheet the way every report looks: title block, a bold header row that stays in view and
 * repeats on every printed page, autofilter, typed cells with Dutch formats, a totals row of formulas with
 * correct cached results, widths measured from the content, and A4 print setup. Rows are committed one by
 * one (streaming); `checkpoint` is called per row for cancellation.
 */
export async function writeTableSheet<R>(workbook: StreamingWorkbook, spec: TableSheet<R>, checkpoint: () => Promise<void>): Promise<TableSheetResult> {
  const { columns, rows } = spec
  if (columns.length === 0) throw new Error('A table needs at least one column')
  const keys = new Map(columns.map((c, i) => [c.key, i + 1]))
  const columnIndex = (key: string): number => {
    const index = keys.get(key)
    if (index === undefined) throw new Error(`Unknown column: ${key}`)
    return index
  }

  // Pass 1: measure. The streaming writer needs the widths before the first row is written. Lengths are
  // counted from the raw values (shownLength), so this pass formats and allocates nothing per cell.
  const longest = columns.map(() => 0)
  columns.forEach((column, i) => {
    const value = column.value
    if (value === undefined) return
    let max = 0
    for (let r = 0; r < rows.length; r++) {
      const length = shownLength(column.kind, value(rows[r]!, r))
      if (length > max) max = length
    }
    longest[i] = max
  })
  const hasTotals = columns.some((c) => c.total !== undefined) && rows.length > 0
  const totalsLabel = spec.totalsLabel ?? 'Totaal'
  // The label spans the columns before the first total; alone in the first column, that column must fit it.
  if (hasTotals && columns.findIndex((c) => c.total !== undefined) <= 1) longest[0] = Math.max(longest[0]!, totalsLabel.length)
  const layouts = columns.map((column, i) => layoutColumn(column, longest[i]!, i === 0 ? null : columns[i - 1]!.kind))
  const totalWidth = layouts.reduce((sum, l) => sum + l.width, 0)
  const orientation = spec.orientation ?? orientationFor(totalWidth)

  const headerRow = tableHeaderRow(spec.subtitle?.length ?? 0)
  const sheetName = safeSheetName(spec.name)
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: cellRef(headerRow + 1, 1), activeCell: cellRef(headerRow + 1, 1) }],
    pageSetup: printPageSetup(orientation, headerRow, spec.fixedScale ?? null),
    headerFooter: pageHeaderFooter(spec.page),
  })
  sheet.columns = layouts.map((l) => ({ width: l.width }))
  const lastColumn = columns.length
  // Row heights in points, for the page flow of `keepTotalsWith`; the blank row under the title block is one line.
  const heights = [...writeTitleBlock(sheet, spec, lastColumn, totalWidth), LINE_HEIGHT]

  const header = sheet.getRow(headerRow)
  columns.forEach((column, i) => {
    setCell(header.getCell(i + 1), column.header, {
      font: BOLD_FONT,
      fill: HEADER_FILL,
      border: HEADER_BORDER,
      alignment: { ...alignment(layouts[i]!, 'bottom'), wrapText: true },
    })
  })
  header.height = LINE_HEIGHT * Math.max(...columns.map((c, i) => headerLines(c.header, layouts[i]!.width))) + 3
  heights.push(header.height)
  header.commit()

  // Pass 2: write, one committed row at a time.
  const styles = new Map<Highlight | null, Partial<Style>[]>()
  const stylesFor = (highlight: Highlight | null): Partial<Style>[] => {
    let list = styles.get(highlight)
    if (!list) {
      list = columns.map((c, i) => dataStyle(c.kind, layouts[i]!, highlight))
      styles.set(highlight, list)
    }
    return list
  }
  const acc: ColumnAccumulator[] = columns.map(() => ({ sum: 0, count: 0, flags: 0 }))
  const units = columns.map((c) => exactUnits(c.kind))
  const firstDataRow = headerRow + 1
  let rowNumber = headerRow
  const ref = (key: string): string => cellRef(rowNumber, columnIndex(key))
  // The data rows go out as XML bytes (rowXml.ts); as row objects only when a test asks for the reference.
  const writer = spec.viaRowObjects === true ? null : new RowXmlWriter(workbook.styles, workbook.strings, sheet, firstDataRow, columns.length)
  const cells: RowCell[] = columns.map(() => null)
  const backlog = sheet.entry
  for (let index = 0; index < rows.length; index++) {
    const data = rows[index]!
    await checkpoint()
    rowNumber++
    // Break id: the last row above the break.
    if (index > 0 && spec.pageBreakBefore?.(data, index) === true) sheet.addRowBreak(rowNumber - 1)
    const rowStyles = stylesFor(spec.highlight?.(data) ?? null)
    let lines = 1
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!
      // Converted once, through the X1 guard: the value is safe text or a checked number from here on.
      const value = column.value === undefined ? null : cellValue(column.kind, column.value(data, index), column.header)
      cells[i] = column.formula ? { formula: column.formula(data, ref), result: typeof value === 'number' ? value : String(value ?? '') } : value
      if (value === null) continue
      const a = acc[i]!
      a.count++
      if (typeof value === 'number') a.sum += Math.round(value * units[i]!)
      else if (column.kind === 'flag') a.flags++
      else if (layouts[i]!.wrap && typeof value === 'string') lines = Math.max(lines, wrappedLines(value, layouts[i]!))
    }
    const height = Math.max(spec.rowHeight ?? 0, lines > 1 ? lines * LINE_HEIGHT : 0)
    heights.push(height > 0 ? height : LINE_HEIGHT)
    if (writer) {
      if (writer.row(rowNumber, cells, rowStyles, height)) await keepPaceWithZip(backlog)
    } else {
      writeRowViaObjects(sheet.getRow(rowNumber), cells, rowStyles, height)
      await keepPaceWithZip(backlog)
    }
  }
  writer?.finish(rowNumber + 1)
  const lastDataRow = rowNumber

  let totals: Record<string, number | null> = {}
  let totalsRow: number | null = null
  if (rows.length === 0) {
    const row = sheet.getRow(firstDataRow)
    setCell(row.getCell(1), spec.emptyText ?? 'Geen gegevens.', { font: { ...FONT, italic: true } })
    row.commit()
  } else if (hasTotals) {
    totalsRow = lastDataRow + 1
    totals = writeTotalsRow(sheet, { row: totalsRow, firstDataRow, lastDataRow, columns, layouts, accumulators: acc, label: totalsLabel, columnIndex })
    if (spec.keepTotalsWith !== undefined) {
      heights.push(LINE_HEIGHT)
      const scale = estimatedScale(orientation, totalWidth, spec.fixedScale ?? null)
      const at = keepTotalsBreak({ heights, pageHeight: printableHeightPt(orientation) / scale, headerRow, firstDataRow, totalsRow, keep: spec.keepTotalsWith })
      if (at !== null) sheet.addRowBreak(at - 1)
    }
  }

  setAutoFilter(workbook, sheet, headerRow, lastDataRow, lastColumn)
  sheet.commit()
  return { sheetName, headerRow, firstDataRow, lastDataRow, totalsRow, rows: rows.length, totals, columnIndex, orientation }
}
