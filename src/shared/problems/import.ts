import type { UsageField } from '../import/usageColumns'
import type { RuleParams } from './rules'

/**
 * The catalogue of usage-import problems: why a row or cell of a usage file is refused, or why the file as
 * a whole cannot be read, each with the names of its parameters. The words are in the translation files
 * (src/shared/i18n/import.*.ts). Dates in parameters are already written dd-mm-jjjj; `value` is the cell as
 * the file has it. `column` names one usage field and `columns` several (UsageField keys): the wording puts
 * the column's name in the reader's language (`importParamsIn`). Add a code for a new problem; never rename one.
 */
export const IMPORT_PROBLEMS = {
  'import.clientNumberMissing': [],
  'import.unknownPartner': ['partner'],
  'import.unknownClientNumber': ['clientNumber'],
  'import.unknownClientNumberAtPartner': ['clientNumber', 'partner'],
  'import.ambiguousClientNumber': ['clientNumber', 'partners'],
  'import.ambiguousClientNumberNoPartner': ['clientNumber', 'partners'],
  'import.notANumber': ['column', 'value'],
  'import.negative': ['column', 'value'],
  'import.tooManyContactMinutes': ['column', 'value', 'hours'],
  'import.tooManyPeriodMinutes': ['column', 'value', 'days'],
  'import.notAWholeNumber': ['column', 'value'],
  'import.invalidDate': ['value'],
  'import.dateMissing': [],
  'import.dateInFuture': ['date'],
  'import.dateOutsidePeriod': ['date', 'period', 'from', 'last'],
  'import.dateOutsideSubscriptions': ['date'],
  'import.periodIsDate': ['value'],
  'import.invalidPeriod': ['value'],
  'import.periodMissing': [],
  'import.periodNotStarted': ['period', 'from'],
  'import.noSubscriptionInPeriod': ['period', 'from', 'last'],
  'import.duplicateContactRow': ['firstLine'],
  'import.duplicatePeriodRow': ['clientNumber', 'period', 'firstLine'],
  'import.noHeader': [],
  'import.doubledColumns': ['columns', 'line'],
  'import.missingDateOrPeriod': ['line'],
  'import.missingColumns': ['columns', 'line'],
  'import.noRows': ['line'],
  'import.unreadableRows': [],
  'import.unexpectedRows': [],
  'import.nothingChecked': [],
} as const satisfies Record<string, readonly string[]>

export type ImportCode = keyof typeof IMPORT_PROBLEMS
/** The part after `import.`: the key inside the translation files' `import` section. */
export type ImportKey = ImportCode extends `import.${infer K}` ? K : never
export type ImportParams = Readonly<Record<string, string | number | readonly UsageField[]>>

/** One problem of a usage file, row or cell: a code and its parameters, worded by whoever shows it. */
export interface ImportProblem {
  readonly code: ImportCode
  readonly params: ImportParams
}

export function importProblem(code: ImportCode, params: ImportParams = {}): ImportProblem {
  return { code, params }
}

export function isImportCode(value: unknown): value is ImportCode {
  return typeof value === 'string' && Object.hasOwn(IMPORT_PROBLEMS, value)
}

export const importKeyOf = (code: ImportCode): ImportKey => code.slice('import.'.length) as ImportKey

/** The parameters ready to fill in: `column` and `columns` become the columns' names from `columnName`. */
export function importParamsIn(params: ImportParams, columnName: (field: UsageField) => string): RuleParams {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' && typeof value !== 'number') out[name] = value.map(columnName).join(', ')
    else out[name] = name === 'column' ? columnName(value as UsageField) : value
  }
  return out
}
