import { isBlankRow, type TableRow } from '../import/table'
import { onboardingProblem, type OnboardingProblem } from '../problems/onboarding'
import { matchColumns, type ColumnChoices, type ColumnMatch } from './columnMapping'
import type { ImportField } from './fields'

export type FileRows =
  | { readonly ok: true; readonly match: ColumnMatch; readonly data: readonly TableRow[] }
  | { readonly ok: false; readonly problem: OnboardingProblem; readonly match: ColumnMatch | null }

/**
 * The file's header matched to `fields` and its non-empty rows below the header; the file's problem when no
 * header is found, a required column is missing (the mapping screen then asks) or no row follows.
 */
export function fileRows(rows: readonly TableRow[], fields: readonly ImportField[], choices: ColumnChoices = {}): FileRows {
  const match = matchColumns(rows, fields, choices)
  if (match === null) return { ok: false, problem: onboardingProblem('onboarding.noHeader'), match: null }
  if (match.missing.length > 0) {
    const columns = match.missing.map((key) => fields.find((f) => f.key === key)?.header ?? key).join(', ')
    return { ok: false, problem: onboardingProblem('onboarding.missingColumns', { columns, line: match.headerLine }), match }
  }
  const data = rows.slice(match.headerIndex + 1).filter((row) => !isBlankRow(row))
  if (data.length === 0) return { ok: false, problem: onboardingProblem('onboarding.noRows', { line: match.headerLine }), match }
  return { ok: true, match, data }
}
