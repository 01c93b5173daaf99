import { cellRef, columnRange } from './cellRefs'
import type { Style } from './cellStyle'
import { coerceCell } from './cellValues'
import { FLAG_TEXT, numberFormatOf, type Column, type ColumnKind, type ColumnLayout } from './columns'
import type { SheetWriter } from './sheetWriter'
import { BOLD_FONT, TOTAL_BORDER } from './sheetStyles'

/** Per column: the running sum (in exact units), the filled cells and the `ja` flags, for the totals row. */
export interface ColumnAccumulator {
  sum: number
  count: number
  flags: number
}

/** Sum in exact units: cents for money, hundredths for minutes, so the cached total has no float drift. */
export function exactUnits(kind: ColumnKind): number {
  return kind === 'money' || kind === 'minutes' || kind === 'percent' ? 100 : 1
}

export interface TotalsRowSpec<R> {
  readonly row: number
  readonly firstDataRow: number
  readonly lastDataRow: number
  readonly columns: readonly Column<R>[]
  readonly layouts: readonly ColumnLayout[]
  readonly accumulators: readonly ColumnAccumulator[]
  readonly label: string
  readonly columnIndex: (key: string) => number
}

/**
 * The totals row: each total is a formula over the data rows (so finance can audit it) with the exact
 * result cached, computed while the rows were written (sums in cents or hundredths of minutes, so no float
 * drift). A reader that does not recalculate shows the same figure as one that does. Returns the cached
 * results by column key.
 */
export function writeTotalsRow<R>(sheet: SheetWriter, spec: TotalsRowSpec<R>): Record<string, number | null> {
  const { columns, accumulators } = spec
  const totals: Record<string, number | null> = {}
  columns.forEach((column, i) => {
    const a = accumulators[i]!
    if (column.total?.kind === 'sum') totals[column.key] = a.sum / exactUnits(column.kind)
    else if (column.total?.kind === 'count') totals[column.key] = a.count
    else if (column.total?.kind === 'countFlag') totals[column.key] = a.flags
  })
  const row = sheet.getRow(spec.row)
  columns.forEach((column, i) => {
    const total = column.total
    const counts = total?.kind === 'count' || total?.kind === 'countFlag'
    const numFmt = counts ? numberFormatOf('integer') : numberFormatOf(column.kind)
    const layout = spec.layouts[i]!
    const style: Partial<Style> = {
      font: BOLD_FONT,
      border: TOTAL_BORDER,
      alignment: { vertical: 'top', horizontal: counts && layout.horizontal === 'left' ? 'right' : layout.horizontal },
      ...(numFmt ? { numFmt } : {}),
    }
    const cell = row.getCell(i + 1)
    cell.style = style
    if (total === undefined) {
      if (i === 0) cell.value = coerceCell(spec.label)
      return
    }
    const range = columnRange(i + 1, spec.firstDataRow, spec.lastDataRow)
    switch (total.kind) {
      case 'sum':
        cell.value = { formula: `SUM(${range})`, result: totals[column.key] ?? 0 }
        break
      case 'count':
        cell.value = { formula: `COUNTA(${range})`, result: totals[column.key] ?? 0 }
        break
      case 'countFlag':
        cell.value = { formula: `COUNTIF(${range},"${FLAG_TEXT}")`, result: totals[column.key] ?? 0 }
        break
      case 'ratio': {
        const numerator = totals[total.numerator] ?? 0
        const denominator = totals[total.denominator] ?? 0
        const n = cellRef(spec.row, spec.columnIndex(total.numerator))
        const d = cellRef(spec.row, spec.columnIndex(total.denominator))
        const result = denominator === 0 ? null : numerator / denominator
        totals[column.key] = result
        cell.value = { formula: `IF(${d}=0,"",${n}/${d})`, result: result ?? '' }
        break
      }
    }
  })
  // The label spans the columns before the first total, so a narrow first column never cuts it off.
  const firstTotal = columns.findIndex((c) => c.total !== undefined)
  if (firstTotal > 1) sheet.mergeCells(spec.row, 1, spec.row, firstTotal)
  row.commit()
  return totals
}
