import ExcelJS from 'exceljs'
import { FIXED_CHOICES, fieldsOf, type ChoiceList, type ImportField, type ImportKind } from '@shared/onboarding/fields'
import { writeFileAtomically, type IfExists } from '../files/atomicWrite'
import { BOLD_FONT, FONT, HEADER_BORDER, HEADER_FILL, TITLE_FONT, WRAP_TOP } from '../excel/sheetStyles'
import {
  CHOICE_NOTES,
  EXPLANATION_HEADERS,
  EXPLANATION_SHEET,
  FIELD_NOTES,
  FORMAT_WORDS,
  INTRO,
  REQUIREMENT_WORDS,
  SHEET_NAMES,
  TITLES,
  VALIDATION_ERROR,
  VALIDATION_ERROR_TITLE,
} from './templateWords'

/** Rows below the header that carry the drop-down lists (a template is for a few thousand rows at most). */
export const VALIDATED_ROWS = 5000

export interface TemplateOptions {
  /** The plan codes offered in the `Abonnement` drop-down (the current catalogue). */
  readonly planCodes: readonly string[]
  readonly ifExists: IfExists
  readonly signal?: AbortSignal
}

/** Columns whose cells are text even when they look like a number: leading zeros must survive. */
const TEXT_FORMATS = new Set(['bsn', 'postcode'])
const TEXT_KEYS = new Set(['clientNumber', 'kvkNumber', 'oin', 'debtorReference', 'shortCode'])

/**
 * The sheet's validations keyed by range. exceljs types only `cell.dataValidation`; setting it per cell makes
 * one entry per cell, which its writer squeezes in text order (`C10` before `C2`) into overlapping ranges.
 * The worksheet's `dataValidations` (the same object that setter writes to, keyed by address or range) takes
 * one range per column instead; its shape is declared here because the typings leave it out.
 */
function rangeValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations
}

function choicesOf(list: ChoiceList, planCodes: readonly string[]): readonly string[] {
  return list === 'plan' ? planCodes : FIXED_CHOICES[list]
}

/** An inline list (`"a,b"`) as Excel's data validation takes it; Excel allows 255 characters. */
function listFormula(values: readonly string[]): string | null {
  const formula = `"${values.join(',')}"`
  return values.length > 0 && formula.length <= 255 && values.every((v) => !v.includes(',') && !v.includes('"')) ? formula : null
}

/** The data sheet's columns, shared with the list exports so an export has the template's layout and formats. */
export function templateColumns(fields: readonly ImportField[]): Partial<ExcelJS.Column>[] {
  return fields.map((field) => ({
    header: field.header,
    key: field.key,
    width: Math.max(12, Math.min(40, field.header.length + 4, String(field.example).length + 4)),
    style: TEXT_FORMATS.has(field.format) || TEXT_KEYS.has(field.key) ? { font: FONT, numFmt: '@' } : { font: FONT },
  }))
}

/** The header row as the template styles it (bold on a fill, frozen above the data). */
export function styleTemplateHeader(header: ExcelJS.Row): void {
  header.eachCell((cell) => {
    cell.font = BOLD_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = WRAP_TOP
  })
}

export const TEMPLATE_SHEET_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]

function addDataSheet(workbook: ExcelJS.Workbook, kind: ImportKind, fields: readonly ImportField[], planCodes: readonly string[]): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind], { views: TEMPLATE_SHEET_VIEWS })
  sheet.columns = templateColumns(fields)
  styleTemplateHeader(sheet.getRow(1))
  sheet.addRow(Object.fromEntries(fields.map((field) => [field.key, field.example === '' ? null : field.example])))
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length } }
  fields.forEach((field, i) => {
    if (field.choices === undefined) return
    const formula = listFormula(choicesOf(field.choices, planCodes))
    if (formula === null) return
    const column = sheet.getColumn(i + 1).letter
    rangeValidations(sheet).add(`${column}2:${column}${VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: field.required !== 'yes',
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: VALIDATION_ERROR_TITLE,
      error: VALIDATION_ERROR,
    })
  })
}

function explanationOf(field: ImportField, planCodes: readonly string[]): string {
  const parts: string[] = []
  if (field.choices !== undefined) {
    const values = choicesOf(field.choices, planCodes)
    parts.push(field.choices === 'plan' && values.length > 0 ? `${CHOICE_NOTES.plan}: ${values.join(', ')}` : CHOICE_NOTES[field.choices])
  }
  const note = FIELD_NOTES[field.key]
  if (note !== undefined) parts.push(note)
  return parts.join(' ')
}

function addExplanationSheet(workbook: ExcelJS.Workbook, kind: ImportKind, fields: readonly ImportField[], planCodes: readonly string[]): void {
  const sheet = workbook.addWorksheet(EXPLANATION_SHEET)
  sheet.columns = [{ width: 30 }, { width: 24 }, { width: 44 }, { width: 80 }]
  sheet.addRow([TITLES[kind]]).getCell(1).font = TITLE_FONT
  const intro = sheet.addRow([INTRO[kind]])
  sheet.mergeCells(intro.number, 1, intro.number, 4)
  intro.getCell(1).alignment = WRAP_TOP
  intro.height = 48
  sheet.addRow([])
  const header = sheet.addRow([...EXPLANATION_HEADERS])
  header.eachCell((cell) => {
    cell.font = BOLD_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
  })
  for (const field of fields) {
    const row = sheet.addRow([field.header, REQUIREMENT_WORDS[field.required], FORMAT_WORDS[field.format], explanationOf(field, planCodes)])
    row.eachCell((cell) => {
      cell.font = FONT
      cell.alignment = WRAP_TOP
    })
  }
}

/**
 * Writes the import template of one kind: a data sheet with the Dutch headers the import
 * recognises, one example row and drop-down lists where Excel supports them, and a sheet `Toelichting` that
 * explains every column. Small, so it is built in memory and written under a temporary name first.
 */
export async function writeImportTemplate(targetPath: string, kind: ImportKind, options: TemplateOptions): Promise<string> {
  const fields = fieldsOf(kind)
  const workbook = new ExcelJS.Workbook()
  workbook.title = TITLES[kind]
  addDataSheet(workbook, kind, fields, options.planCodes)
  addExplanationSheet(workbook, kind, fields, options.planCodes)
  return writeFileAtomically(targetPath, (tempPath) => workbook.xlsx.writeFile(tempPath), {
    ifExists: options.ifExists,
    ...(options.signal ? { signal: options.signal } : {}),
  })
}
