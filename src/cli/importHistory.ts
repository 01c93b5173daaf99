import { randomUUID } from 'node:crypto'
import type { BackupData } from '@shared/backup/schema'
import { importRecordOf, type ImportRecordInput } from '@shared/imports/record'
import { importRecordSchema } from '@shared/model'
import { optionalText, type Values } from './args'

/** Who a command-line import is in the name of without `--clerk`: the command line has no signed-in clerk. */
export const CLI_CLERK = 'Opdrachtregel'

/** `--clerk NAME`, or the command line's own name. */
export const importClerk = (values: Values, command: string): string => optionalText(values, 'clerk', command) ?? CLI_CLERK

/**
 * The data with the import added to its import history as the app adds it: after the import's audit entries,
 * so the trail's last entry (already chained) gives who, when and the chain position undo compares against.
 */
export function withImportRecord(data: BackupData, input: ImportRecordInput): BackupData {
  const last = data.auditEntries.at(-1)
  if (last?.seq === undefined) throw new Error('An import record needs the chained audit entry of its import.')
  const record = importRecordSchema.parse(importRecordOf(input, { seq: last.seq, at: last.at, clerk: last.clerk }, randomUUID()))
  return { ...data, imports: [...data.imports, record] }
}
