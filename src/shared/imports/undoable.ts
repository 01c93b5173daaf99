import { usageId, type ImportRecord } from '../model'

/** Why an import can no longer be undone (a code the UI words); `null` when it can. */
export type UndoBlock = 'alreadyUndone' | 'laterChange' | 'usage' | 'invoiced' | 'dependentClients' | 'laterImport'

/** What came after the import, as far as it concerns its records: the repository reads these through indexes. */
export interface ImportAftermath {
  /** Audit entries naming one of the import's records (by `recordId`), with their chain position. */
  readonly auditEntries: readonly { readonly seq?: number | undefined; readonly recordId: string }[]
  /** Usage rows of the import's clients or partners. */
  readonly usage: readonly { readonly id: string; readonly clientId: string; readonly partnerId: string }[]
  /** Invoices with lines, of the import's partners or periods. */
  readonly invoices: readonly { readonly partnerId: string; readonly period: string; readonly lines: readonly { readonly clientId: string }[] }[]
  /** Clients of the partners the import created. */
  readonly clients: readonly { readonly id: string; readonly partnerId: string }[]
  /** The other import records. */
  readonly imports: readonly Pick<ImportRecord, 'kind' | 'auditSeq' | 'created' | 'before' | 'undone'>[]
}

/** Every record id the import created or changed (the ids a later audit entry would name). */
export function importRecordIds(record: Pick<ImportRecord, 'created' | 'before'>): Set<string> {
  const { created, before } = record
  return new Set([
    ...created.partners,
    ...created.clients,
    ...created.subscriptionPeriods,
    ...created.deregistrations,
    ...created.usage,
    ...before.partners.map((p) => p.id),
    ...before.clients.map((c) => c.id),
    ...before.usage.map((u) => u.id),
  ])
}

/**
 * Whether the import may still be undone: not undone yet, and no later change
 * touched its records: no later audit entry names one, no usage row or invoice line refers to a client or
 * partner it created, no client was added to a partner it created, and for usage no later usage import
 * replaced its rows and no invoice of its periods bills its clients. Undo would otherwise lose that change.
 */
export function undoBlock(record: ImportRecord, after: ImportAftermath): UndoBlock | null {
  if (record.undone) return 'alreadyUndone'
  const ids = importRecordIds(record)
  if (after.auditEntries.some((e) => (e.seq ?? 0) > record.auditSeq && ids.has(e.recordId))) return 'laterChange'
  const { created } = record
  const createdClients = new Set(created.clients)
  const createdPartners = new Set(created.partners)
  const ownUsage = new Set([...created.usage, ...record.before.usage.map((u) => u.id)])
  if (after.clients.some((c) => createdPartners.has(c.partnerId) && !createdClients.has(c.id))) return 'dependentClients'
  if (after.usage.some((u) => !ownUsage.has(u.id) && (createdClients.has(u.clientId) || createdPartners.has(u.partnerId)))) return 'usage'
  if (record.kind === 'usage') {
    if (
      after.imports.some(
        (other) =>
          other.kind === 'usage' &&
          !other.undone &&
          other.auditSeq > record.auditSeq &&
          [...other.created.usage, ...other.before.usage.map((u) => u.id)].some((id) => ownUsage.has(id)),
      )
    )
      return 'laterImport'
    if (after.invoices.some((inv) => inv.lines.some((line) => ownUsage.has(usageId(line.clientId, inv.period))))) return 'invoiced'
    return null
  }
  if (after.invoices.some((inv) => createdPartners.has(inv.partnerId) || inv.lines.some((line) => createdClients.has(line.clientId)))) return 'invoiced'
  return null
}

export const isUndoable = (record: ImportRecord, after: ImportAftermath): boolean => undoBlock(record, after) === null
