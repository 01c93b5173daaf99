/**
 * The catalogue of the data layer's own problems (src/renderer/src/data): a record that is gone, a write that
 * clashes with what is stored, a full disk, an unavailable database; each by a stable code with the names of
 * its parameters. Field problems are validation codes and refused rules are rule codes (their own
 * catalogues). The words are in the translation files (src/shared/i18n/data.*.ts).
 * Add a code when the data layer needs a new kind of problem; never rename one.
 */
export const DATA_PROBLEMS = {
  invalid: [],
  usageNotImported: ['count'],
  clientNotFound: [],
  partnerNotFound: [],
  planNotFound: [],
  clerkNotFound: [],
  invoiceNotFound: [],
  changeRequestNotFound: [],
  deregistrationNotFound: [],
  deregistrationClientNotFound: [],
  partnerHasClients: ['name'],
  partnerHasInvoices: ['name'],
  planInUse: ['name'],
  clientHasHistory: ['clientNumber'],
  duplicateKey: [],
  ruleRefused: [],
  storageFull: [],
  unavailable: [],
  failed: ['detail'],
} as const satisfies Record<string, readonly string[]>

export type DataProblemCode = keyof typeof DATA_PROBLEMS
export type DataProblemParams = Readonly<Record<string, string | number>>
/** The codes of a record that does not exist (any more). */
export type NotFoundCode = Extract<DataProblemCode, `${string}NotFound`>

export function isDataProblemCode(value: unknown): value is DataProblemCode {
  return typeof value === 'string' && Object.hasOwn(DATA_PROBLEMS, value)
}
