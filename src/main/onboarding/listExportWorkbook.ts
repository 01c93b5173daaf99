import ExcelJS from 'exceljs'
import type { ListExportKind } from '@shared/ipc/channels/listExport'
import { fieldsOf } from '@shared/onboarding/fields'
import { writeFileAtomically, type IfExists } from '../files/atomicWrite'
import { TEMPLATE_SHEET_VIEWS, styleTemplateHeader, templateColumns } from './importTemplate'
import { SHEET_NAMES, TITLES } from './templateWords'

/** Rows written between two turns of main's event loop, so a 100,000-client list never holds main up for long. */
const ROWS_PER_TURN = 2000

export interface ListExportOptions {
  readonly ifExists: IfExists
  readonly signal?: AbortSignal
}

/**
 * Writes a partner or client list in its import template's layout: the template's sheet name, headers, column
 * order and text columns, the header frozen with an autofilter, one row per given row. Streamed to a temporary
 * file, then renamed. **Decision:** cells are written as text cells exactly as the list gives them, without the
 * reports' apostrophe before `=`, `+`, `-` or `@`: a text cell is never a formula, and the file must read back
 * as written (a phone number `+31 …` would otherwise come back as `'+31 …`).
 */
export async function writeListExport(
  targetPath: string,
  kind: ListExportKind,
  rows: readonly Readonly<Record<string, string>>[],
  options: ListExportOptions,
): Promise<{ path: string; rows: number }> {
  const fields = fieldsOf(kind)
  const path = await writeFileAtomically(
    targetPath,
    async (tempPath) => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tempPath, useStyles: true, useSharedStrings: false })
      workbook.title = TITLES[kind]
      const sheet = workbook.addWorksheet(SHEET_NAMES[kind], { views: TEMPLATE_SHEET_VIEWS })
      // Only the text columns keep a cell style (`@`, so Excel keeps leading zeros): a style per cell costs the
      // streaming writer about half again as much time at 100,000 clients, and the default font is the same.
      sheet.columns = templateColumns(fields).map((column) => (column.style?.numFmt === '@' ? { ...column, style: { numFmt: '@' } } : { ...column, style: {} }))
      styleTemplateHeader(sheet.getRow(1))
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length } }
      sheet.getRow(1).commit()
      for (const [i, row] of rows.entries()) {
        sheet.addRow(fields.map((f) => (row[f.key] ? row[f.key] : null))).commit()
        if ((i + 1) % ROWS_PER_TURN === 0) {
          options.signal?.throwIfAborted()
          await new Promise<void>((resolve) => setImmediate(resolve))
        }
      }
      sheet.commit()
      await workbook.commit()
    },
    { ifExists: options.ifExists, ...(options.signal ? { signal: options.signal } : {}) },
  )
  return { path, rows: rows.length }
}
