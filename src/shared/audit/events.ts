/**
 * The catalogue of audit events: what an audit entry records, by a stable code, with the names of its
 * parameters (spec L1). An entry stores the code and the parameter values; the words are in the translation
 * files (src/shared/i18n/audit.*.ts), so the audit trail reads in the UI language. Add a code for a new kind
 * of change; never rename one (stored entries and back-ups keep it).
 */
export const AUDIT_EVENTS = {
  partnerCreated: ['name'],
  partnerUpdated: ['name'],
  partnerDeleted: ['name'],
  planCreated: ['name'],
  planUpdated: ['name'],
  planDeleted: ['name'],
  clientRegistered: ['clientNumber', 'clientName', 'partner'],
  clientUpdated: ['clientNumber', 'clientName'],
  clientDeleted: ['clientNumber', 'clientName'],
  clientActivated: ['clientNumber', 'clientName'],
  clientReregistered: ['clientNumber', 'clientName'],
  clientDeregistered: ['clientNumber', 'clientName'],
  clientAnonymised: ['clientNumber'],
  /** An inspection export (AVG art. 15) of one client: the entry's record is the client; no personal values. */
  clientDataExported: [],
  /** One confirmed retention batch; each client or invoice has its own entry too. */
  retentionBatchAnonymised: ['clients', 'invoices'],
  /** A final invoice's frozen client names removed after the fiscal retention (amounts stay). */
  invoiceCopyAnonymised: ['number', 'partner'],
  subscriptionStarted: ['clientNumber'],
  periodStartedByChangeRequest: [],
  periodChangedByChangeRequest: [],
  periodDeletedByChangeRequest: [],
  periodStartedByDeregistration: [],
  periodChangedByDeregistration: [],
  periodDeletedByDeregistration: [],
  changeRequestCreated: ['clientNumber', 'plan'],
  changeRequestApprovedByPartner: [],
  changeRequestApprovedByOperator: [],
  changeRequestRejected: [],
  changeRequestWithdrawn: [],
  changeRequestProcessed: [],
  deregistrationReceived: ['clientNumber'],
  deregistrationProcessed: ['clientNumber'],
  deregistrationDeleted: [],
  conceptInvoiceCreated: ['period', 'partner', 'lines'],
  conceptInvoiceReplaced: ['period', 'partner'],
  conceptInvoiceDeleted: ['period', 'partner'],
  /** "Uw kenmerk" overridden on a concept invoice; the entry's changes hold the old and the new value. */
  conceptPurchaseOrderReferenceChanged: ['period', 'partner'],
  conceptCreditNoteCreated: ['number', 'partner'],
  /** A credit note for some clients of a final invoice: their client numbers and the reason given. */
  partialCreditNoteCreated: ['number', 'partner', 'clients', 'reason'],
  /** The concept that bills the credited clients again from the current data. */
  correctionInvoiceCreated: ['number', 'partner', 'clients'],
  invoiceFinalised: ['number', 'partner'],
  creditNoteFinalised: ['number', 'partner'],
  usageImported: ['source', 'rows', 'replaced', 'periods'],
  settingsUpdated: [],
  backupExported: ['clients', 'partners'],
  backupRestored: ['source', 'exportedAt'],
  backupFailed: ['reason'],
  /** The audit screen's export to Excel: its filters as codes and ids (no personal values), how many entries, the file's name. */
  auditExported: ['filter', 'rows', 'file'],
  /**
   * A list exported in its import template's layout: its filters as codes and ids (a search only as given, not
   * its text), how many records and rows, the file. With BSNs it is its own event: a disclosure of personal data.
   */
  clientsExported: ['filter', 'clients', 'rows', 'file'],
  clientsExportedWithBsn: ['filter', 'clients', 'rows', 'file'],
  partnersExported: ['filter', 'rows', 'file'],
  demoDataLoaded: ['clients', 'partners'],
  databaseCleared: [],
  clerkCreated: ['name'],
  clerkUpdated: ['name'],
  clerkSignedIn: ['name'],
  writeFailed: ['tables', 'problem'],
  // Onboarding import.
  partnersImported: ['source', 'created', 'updated'],
  clientsImported: ['source', 'created', 'updated'],
  clientImported: ['clientNumber', 'clientName', 'partner'],
  periodImported: ['clientNumber'],
  deregistrationImported: ['clientNumber'],
  /** An import undone (import history): the entry's record is the import; each removed or restored record has its own entry too. */
  importUndone: ['source', 'removed', 'restored'],
  periodImportRemoved: ['clientNumber'],
  deregistrationImportRemoved: ['clientNumber'],
  /** An entry recorded before entries had events: its sentence is kept in `historicSummary` and shown as recorded. */
  historic: [],
} as const satisfies Record<string, readonly string[]>

export type AuditEvent = keyof typeof AUDIT_EVENTS
export type AuditParams = Readonly<Record<string, string | number>>

/** The parameters that hold a client's personal data; anonymising a client clears them in its entries. */
export const PERSONAL_AUDIT_PARAMS: readonly string[] = ['clientName']

export function isAuditEvent(value: unknown): value is AuditEvent {
  return typeof value === 'string' && Object.hasOwn(AUDIT_EVENTS, value)
}
