import { fieldsOf, type ImportField, type ImportKind } from '@shared/onboarding/fields'
import type { StreamingWorkbook } from '../excel/streamingWorkbook'
import { writeWorkbookFile } from '../excel/workbookFile'
import type { IfExists } from '../files/atomicWrite'
import { TEMPLATE_CELLS, TEMPLATE_VIEWS, cellFormatsOf, writeTemplateHeader } from './templateLayout'
import { writeExplanationSheet } from './templateExplanation'
import { templateValidations } from './templateValidations'
import { SHEET_NAMES, TITLES } from './templateWords'

export interface TemplateOptions {
  /** The plan codes offered in the `Abonnement` drop-down (the current catalogue). */
  readonly planCodes: readonly string[]
  readonly ifExists: IfExists
  readonly signal?: AbortSignal
}

function writeDataSheet(workbook: StreamingWorkbook, kind: ImportKind, fields: readonly ImportField[], planCodes: readonly string[]): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind], { views: TEMPLATE_VIEWS })
  writeTemplateHeader(workbook, sheet, fields, TEMPLATE_CELLS)
  const formats = cellFormatsOf(fields, TEMPLATE_CELLS)
  const example = sheet.getRow(2)
  fields.forEach((field, i) => {
    const cell = example.getCell(i + 1)
    cell.value = field.example === '' ? null : field.example
    cell.style = formats[i]!
  })
  example.commit()
  for (const validation of templateValidations(fields, planCodes)) sheet.addDataValidation(validation)
  sheet.commit()
}

/**
 * Writes the import template of one kind: a data sheet with the Dutch headers the import
 * recognises, one example row and drop-down lists where Excel supports them, and a sheet `Toelichting` that
 * explains every column. Written under a temporary name first, then renamed.
 */
export async function writeImportTemplate(targetPath: string, kind: ImportKind, options: TemplateOptions): Promise<string> {
  const fields = fieldsOf(kind)
  const { path } = await writeWorkbookFile(
    targetPath,
    { title: TITLES[kind], subject: '', creator: '' },
    (workbook) => {
      writeDataSheet(workbook, kind, fields, options.planCodes)
      writeExplanationSheet(workbook, kind, fields, options.planCodes)
      return Promise.resolve()
    },
    { ifExists: options.ifExists, ...(options.signal ? { signal: options.signal } : {}) },
  )
  return path
}
