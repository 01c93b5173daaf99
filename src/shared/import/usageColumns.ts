import { importProblem, type ImportProblem } from '../problems/import'
import { cellText, headerKey, isBlankRow, type TableRow } from './table'

/** What a column of a usage file can hold (spec: Usage). */
export type UsageField = 'clientNumber' | 'partner' | 'date' | 'period' | 'callMinutes' | 'registrationMinutes' | 'contacts'

/** `contact`: one row per contact, aggregated per billing period. `period`: one row per client per period. */
export type UsageShape = 'contact' | 'period'

/**
 * Header texts (as `headerKey`) each field is recognised by: the Dutch names telephony exports use, and the
 * English names the English UI gives the columns (so an English message names a header the file may use).
 */
const ALIASES: Readonly<Record<UsageField, readonly string[]>> = {
  clientNumber: ['clientnummer', 'clientnr', 'client', 'clientid', 'clientcode', 'cliennummer', 'klantnummer', 'klantnr', 'dossiernummer', 'clientnumber'],
  partner: ['partner', 'partnercode', 'kortecode', 'partnerkortecode', 'aangeslotenpartner', 'partnernaam', 'organisatie', 'zorgorganisatie'],
  date: ['datum', 'contactdatum', 'gespreksdatum', 'datumcontact', 'datumtijd', 'datumentijd', 'begintijd', 'starttijd', 'tijdstip', 'date', 'contactdate'],
  period: ['periode', 'facturatieperiode', 'factuurperiode', 'maand', 'verbruiksperiode', 'period', 'billingperiod'],
  callMinutes: ['belminuten', 'gespreksminuten', 'minutenbellen', 'beltijd', 'gesprekstijd', 'gespreksduur', 'belduur', 'minutengesprek', 'callminutes'],
  registrationMinutes: ['registratieminuten', 'registratietijd', 'registratieduur', 'minutenregistratie', 'registratie', 'registrationminutes'],
  contacts: ['contacten', 'aantalcontacten', 'contactmomenten', 'aantalcontactmomenten', 'aantalgesprekken', 'contacts', 'numberofcontacts'],
}

const FIELD_BY_KEY = new Map<string, UsageField>(
  (Object.entries(ALIASES) as [UsageField, readonly string[]][]).flatMap(([field, keys]) => keys.map((key) => [key, field] as const)),
)

export interface UsageColumns {
  readonly shape: UsageShape
  /** The header row's line; data starts below it. */
  readonly headerLine: number
  /** Index of the header row in the table. */
  readonly headerIndex: number
  readonly index: Readonly<Partial<Record<UsageField, number>>>
  /** Each recognised column with the header text as the file wrote it, in file order. */
  readonly recognised: readonly { readonly field: UsageField; readonly header: string }[]
  /** Headers that mean nothing to the import (left out, listed in the preview). */
  readonly ignored: readonly string[]
}

export type ColumnsResult = { readonly ok: true; readonly columns: UsageColumns } | { readonly ok: false; readonly problem: ImportProblem }

/** Rows searched for the header: exports sometimes start with a title or an empty line. */
const HEADER_SEARCH_ROWS = 20

function fieldsOf(row: TableRow): (UsageField | undefined)[] {
  return row.cells.map((cell) => FIELD_BY_KEY.get(headerKey(cellText(cell))))
}

/**
 * Finds the header row (the first with a client-number column) and maps each column to a field. The file's
 * shape follows from the headers: a `Datum` column means one row per contact; otherwise `Periode` means
 * one row per client per period. Both minute columns are required — a re-import replaces a period's usage,
 * so a file without registration minutes would silently erase them — and a period file needs `Contacten`.
 */
export function recogniseUsageColumns(rows: readonly TableRow[]): ColumnsResult {
  const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => !isBlankRow(row) && fieldsOf(row).includes('clientNumber'))
  const headerRow = headerIndex === -1 ? undefined : rows[headerIndex]
  if (headerRow === undefined) {
    return { ok: false, problem: importProblem('import.noHeader') }
  }
  const index: Partial<Record<UsageField, number>> = {}
  const recognised: { field: UsageField; header: string }[] = []
  const ignored: string[] = []
  const doubled = new Set<UsageField>()
  fieldsOf(headerRow).forEach((field, i) => {
    const header = cellText(headerRow.cells[i])
    if (field === undefined) {
      if (header !== '') ignored.push(header)
      return
    }
    if (index[field] !== undefined) doubled.add(field)
    index[field] = i
    recognised.push({ field, header })
  })
  const line = headerRow.line
  if (doubled.size > 0) return { ok: false, problem: importProblem('import.doubledColumns', { columns: [...doubled], line }) }
  const shape: UsageShape | null = index.date !== undefined ? 'contact' : index.period !== undefined ? 'period' : null
  const required: UsageField[] = ['callMinutes', 'registrationMinutes', ...(shape === 'period' ? (['contacts'] as const) : [])]
  const missing = required.filter((f) => index[f] === undefined)
  if (shape === null) return { ok: false, problem: importProblem('import.missingDateOrPeriod', { line }) }
  if (missing.length > 0) return { ok: false, problem: importProblem('import.missingColumns', { columns: missing, line }) }
  if (shape === 'contact' && index.contacts !== undefined) {
    // Every contact row counts as one contact; a count column beside a date means nothing more.
    const column = recognised.findIndex((r) => r.field === 'contacts')
    if (column >= 0) ignored.push(...recognised.splice(column, 1).map((r) => r.header))
    delete index.contacts
  }
  return { ok: true, columns: { shape, headerLine: headerRow.line, headerIndex, index, recognised, ignored } }
}
