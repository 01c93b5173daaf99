import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BACKUP_SCHEMA_PATH, backupSchemaText } from '../../../../scripts/generate-backup-schema'

describe('docs/backup.schema.json', () => {
  it('is exactly what the zod schemas generate (run `npm run backup-schema` after a model change)', () => {
    expect(readFileSync(BACKUP_SCHEMA_PATH, 'utf8')).toBe(backupSchemaText())
  })

  it('names every entity as a reusable definition', () => {
    const schema = JSON.parse(backupSchemaText()) as { $defs: Record<string, unknown> }
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining([
        'Partner',
        'Plan',
        'Client',
        'SubscriptionPeriod',
        'ChangeRequest',
        'Deregistration',
        'Usage',
        'Invoice',
        'AuditEntry',
        'Settings',
        'CalendarDate',
        'Bsn',
      ]),
    )
  })
})
