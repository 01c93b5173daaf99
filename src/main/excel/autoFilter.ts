import type { Worksheet } from 'exceljs'
import { columnLetter, sheetPrefix } from './cellRefs'
import type { StreamingWorkbook } from './streamingWorkbook'

interface DefinedNameModel {
  readonly name: string
  readonly localSheetId: number
  readonly ranges: string[]
}

const filterNames = new WeakMap<StreamingWorkbook, DefinedNameModel[]>()

/**
 * Excel reads the autofilter from the sheet alone; LibreOffice also needs the sheet-local defined name
 * `_xlnm._FilterDatabase` (which Excel itself always writes) and drops the filter without it. The exceljs
 * streaming writer has no way to add a sheet-local name, so the workbook's defined-name list is replaced
 * by one that yields these entries; exceljs adds the print titles to it when the workbook is committed.
 */
function definedNamesOf(workbook: StreamingWorkbook): DefinedNameModel[] {
  let list = filterNames.get(workbook)
  if (!list) {
    const entries: DefinedNameModel[] = []
    list = entries
    filterNames.set(workbook, entries)
    Object.defineProperty(workbook, '_definedNames', { value: { model: entries }, configurable: true })
  }
  return list
}

/** Autofilter over the header row and the data rows below it, readable by Excel and LibreOffice. */
export function setAutoFilter(workbook: StreamingWorkbook, sheet: Worksheet, headerRow: number, lastRow: number, lastColumn: number): void {
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: lastColumn } }
  definedNamesOf(workbook).push({
    name: '_xlnm._FilterDatabase',
    // Sheets are numbered from 1 in the order they were added; the defined name counts from 0.
    localSheetId: sheet.id - 1,
    ranges: [`${sheetPrefix(sheet.name)}$A$${headerRow}:$${columnLetter(lastColumn)}$${lastRow}`],
  })
}
