/**
 * Writes docs/backup.schema.json from the zod schemas (npm run backup-schema). A unit test fails when the
 * committed file differs from what this generates, so the documented format never drifts from the code.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { backupJsonSchema } from '../src/shared/backup/jsonSchema'

export const BACKUP_SCHEMA_PATH = resolve(import.meta.dirname, '..', 'docs', 'backup.schema.json')

export function backupSchemaText(): string {
  return `${JSON.stringify(backupJsonSchema(), null, 2)}\n`
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(BACKUP_SCHEMA_PATH, backupSchemaText())
  console.log(`Geschreven: ${BACKUP_SCHEMA_PATH}`)
}
