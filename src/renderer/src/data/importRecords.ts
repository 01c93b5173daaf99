import { importRecordSchema, type ImportRecord } from '@shared/model'
import type { DataContext } from './context'
import { parseRecord } from './parse'

export type ImportRecordInput = Pick<ImportRecord, 'kind' | 'fileName' | 'counts' | 'created' | 'before'>

/**
 * Adds the import to the import history, inside the import's own write transaction and after its last
 * audit entry: who and when are that entry's, and its chain position marks what came later.
 */
export async function recordImport(ctx: DataContext, input: ImportRecordInput): Promise<void> {
  const { db } = ctx
  const last = await db.auditEntries.orderBy(':id').last()
  if (last === undefined) return
  await db.imports.add(parseRecord(importRecordSchema, { ...input, fileName: input.fileName.slice(0, 500), id: ctx.newId(), at: last.at, clerk: last.clerk, auditSeq: last.seq ?? 0 }))
}
