import { emptyImportRecords, type Client, type ImportRecord, type Partner, type Usage } from '../model'

/** What an import stored, before who, when and its place in the audit trail are known. */
export type ImportRecordInput = Pick<ImportRecord, 'kind' | 'fileName' | 'counts' | 'created' | 'before'>

/** The import's own last audit entry: who and when are that entry's, and its chain position marks what came later. */
export interface ImportAuditMark {
  readonly seq: number
  readonly at: string
  readonly clerk: string
}

interface WithId {
  readonly id: string
}

/** A partners import: the partners it created, and those it updated as they were before. */
export function partnersImportInput(fileName: string, created: readonly WithId[], updated: readonly WithId[], before: readonly Partner[]): ImportRecordInput {
  return {
    kind: 'partners',
    fileName,
    counts: { created: created.length, updated: updated.length },
    created: { ...emptyImportRecords(), partners: created.map((p) => p.id) },
    before: { partners: [...before], clients: [], usage: [] },
  }
}

/** What a clients import created and updated (`clientRecords`' result). */
export interface ClientsImported {
  readonly clients: readonly WithId[]
  readonly periods: readonly WithId[]
  readonly deregistrations: readonly WithId[]
  readonly updated: readonly WithId[]
}

/** A clients import: the clients with their periods and deregistrations it created, and the updated clients as they were before. */
export function clientsImportInput(fileName: string, imported: ClientsImported, before: readonly Client[]): ImportRecordInput {
  return {
    kind: 'clients',
    fileName,
    counts: { created: imported.clients.length, updated: imported.updated.length },
    created: {
      ...emptyImportRecords(),
      clients: imported.clients.map((c) => c.id),
      subscriptionPeriods: imported.periods.map((p) => p.id),
      deregistrations: imported.deregistrations.map((d) => d.id),
    },
    before: { partners: [], clients: [...before], usage: [] },
  }
}

/** A usage import: the rows written, of which those in `before` replaced a stored row (kept as it was). */
export function usageImportInput(fileName: string, imported: readonly Usage[], before: readonly Usage[]): ImportRecordInput {
  const stored = new Set(before.map((u) => u.id))
  return {
    kind: 'usage',
    fileName,
    counts: { created: imported.length - before.length, updated: before.length },
    created: { ...emptyImportRecords(), usage: imported.filter((u) => !stored.has(u.id)).map((u) => u.id) },
    before: { partners: [], clients: [], usage: [...before] },
  }
}

/**
 * The import history's record of one import, made right after the import's last audit entry; the same in the
 * app and on the command line, so an import in a backup the command line wrote can be undone in the app.
 * Not validated here: the caller checks it against `importRecordSchema` where it stores it.
 */
export function importRecordOf(input: ImportRecordInput, mark: ImportAuditMark, id: string): ImportRecord {
  return { ...input, fileName: input.fileName.slice(0, 500), id, at: mark.at, clerk: mark.clerk, auditSeq: mark.seq }
}
