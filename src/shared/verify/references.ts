import { checkBackupReferences } from '../backup/references'
import type { BackupData } from '../backup/schema'
import { isBackupCode } from '../problems/backup'
import type { VerifyFinding, VerifyTable } from '../problems/verify'
import { clientNumbersOf, recordOf } from './records'

const TABLES: ReadonlySet<string> = new Set<VerifyTable>([
  'partners',
  'plans',
  'clients',
  'subscriptionPeriods',
  'changeRequests',
  'deregistrations',
  'usage',
  'invoices',
  'auditEntries',
])

/**
 * Broken references as the backup check finds them (a missing partner, plan, client or corrected invoice,
 * a duplicate id or client number), each turned from its place in the file into the record it is about.
 */
export function checkReferences(data: BackupData): VerifyFinding[] {
  const numbers = clientNumbersOf(data)
  return checkBackupReferences(data).flatMap((issue) => {
    // Every issue's path is ['data', table, index, ...field].
    const [, table, index, ...field] = issue.path
    if (typeof table !== 'string' || !TABLES.has(table) || typeof index !== 'number' || !isBackupCode(issue.code)) return []
    const row: unknown = data[table as Exclude<VerifyTable, 'settings'>][index]
    const { id, clientId } = (row ?? {}) as { id?: string | number; clientId?: string }
    const ownClient = table === 'clients' ? String(id) : clientId
    const record = recordOf(
      table as VerifyTable,
      id === undefined ? `#${index}` : String(id),
      numbers,
      ownClient,
      field.length > 0 ? field.join('.') : undefined,
    )
    return [{ code: issue.code, params: issue.params, record }]
  })
}
