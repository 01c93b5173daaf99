import { importRecordSchema, type ImportRecord } from '@shared/model'
import type { DataContext } from './context'
import { parseRecord } from './parse'
import type { AuditWriter } from './transaction'

export type ImportRecordInput = Pick<ImportRecord, 'kind' | 'fileName' | 'counts' | 'created' | 'before'>

/**
 * Adds the import to the import history, inside the import's own write transaction and after its last
 * audit entry: who and when are that entry's, and its chain position marks what came later.
 */
export async function recordImport(ctx: DataContext, audit: AuditWriter, input: ImportRecordInput): Promise<void> {
  // From the writer, not the table: an import's entries may still wait for their batched add.
  const last = audit.lastWritten()
  if (last === undefined) return
  await ctx.db.imports.add(parseRecord(importRecordSchema, { ...input, fileName: input.fileName.slice(0, 500), id: ctx.newId(), at: last.at, clerk: last.clerk, auditSeq: last.seq }))
}
