import { importRecordOf, type ImportRecordInput } from '@shared/imports/record'
import { importRecordSchema } from '@shared/model'
import type { DataContext } from './context'
import { parseRecord } from './parse'
import type { AuditWriter } from './transaction'

/**
 * Adds the import to the import history, inside the import's own write transaction and after its last
 * audit entry (`importRecordOf`, shared with the command line).
 */
export async function recordImport(ctx: DataContext, audit: AuditWriter, input: ImportRecordInput): Promise<void> {
  // From the writer, not the table: an import's entries may still wait for their batched add.
  const last = audit.lastWritten()
  if (last === undefined) return
  await ctx.db.imports.add(parseRecord(importRecordSchema, importRecordOf(input, last, ctx.newId())))
}
