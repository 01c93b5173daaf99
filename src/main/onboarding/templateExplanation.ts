import type { ImportField, ImportKind } from '@shared/onboarding/fields'
import type { Style } from '../excel/cellStyle'
import type { SheetRow } from '../excel/sheetWriter'
import type { StreamingWorkbook } from '../excel/streamingWorkbook'
import { BOLD_FONT, FONT, HEADER_BORDER, HEADER_FILL, TITLE_FONT, WRAP_TOP } from '../excel/sheetStyles'
import { choicesOf } from './templateValidations'
import { CHOICE_NOTES, EXPLANATION_HEADERS, EXPLANATION_SHEET, FIELD_NOTES, FORMAT_WORDS, INTRO, REQUIREMENT_WORDS, TITLES } from './templateWords'

const TITLE: Partial<Style> = { font: TITLE_FONT }
const INTRO_STYLE: Partial<Style> = { alignment: WRAP_TOP }
const HEADER: Partial<Style> = { font: BOLD_FONT, fill: HEADER_FILL, border: HEADER_BORDER }
const BODY: Partial<Style> = { font: FONT, alignment: WRAP_TOP }
/** Room for the intro's three or four wrapped lines (LibreOffice does not grow a row for wrapped text). */
const INTRO_HEIGHT = 48

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

function fillRow(row: SheetRow, texts: readonly string[], style: Partial<Style>): void {
  texts.forEach((text, i) => {
    const cell = row.getCell(i + 1)
    cell.value = text
    cell.style = style
  })
  row.commit()
}

/**
 * The sheet `Toelichting`: the title, an intro merged across the four columns, and per column of the data
 * sheet whether it is required, its format and the allowed values or a note.
 */
export function writeExplanationSheet(workbook: StreamingWorkbook, kind: ImportKind, fields: readonly ImportField[], planCodes: readonly string[]): void {
  const sheet = workbook.addWorksheet(EXPLANATION_SHEET)
  sheet.columns = [{ width: 30 }, { width: 24 }, { width: 44 }, { width: 80 }]
  fillRow(sheet.getRow(1), [TITLES[kind]], TITLE)
  const intro = sheet.getRow(2)
  intro.getCell(1).value = INTRO[kind]
  intro.getCell(1).style = INTRO_STYLE
  intro.height = INTRO_HEIGHT
  sheet.mergeCells(2, 1, 2, 4)
  intro.commit()
  fillRow(sheet.getRow(4), EXPLANATION_HEADERS, HEADER)
  fields.forEach((field, i) => {
    fillRow(sheet.getRow(5 + i), [field.header, REQUIREMENT_WORDS[field.required], FORMAT_WORDS[field.format], explanationOf(field, planCodes)], BODY)
  })
  sheet.commit()
}
