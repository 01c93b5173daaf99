import { columnLetter, sheetPrefix } from './cellRefs'
import type { SheetWriter } from './sheetWriter'
import type { StreamingWorkbook } from './streamingWorkbook'

/**
 * Autofilter over the header row and the data rows below it, readable by Excel and LibreOffice: Excel reads
 * the filter from the sheet alone; LibreOffice also needs the sheet-local defined name `_xlnm._FilterDatabase`
 * (which Excel itself always writes) and drops the filter without it.
 */
export function setAutoFilter(workbook: StreamingWorkbook, sheet: SheetWriter, headerRow: number, lastRow: number, lastColumn: number): void {
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: lastColumn } }
  workbook.addDefinedName('_xlnm._FilterDatabase', `${sheetPrefix(sheet.name)}$A$${headerRow}:$${columnLetter(lastColumn)}$${lastRow}`, sheet)
}
