import type Dexie from 'dexie'
import { chainUnchained } from '@shared/audit/chain'
import { fromHistoricAuditEntry } from '@shared/audit/historic'
import type { AuditEntry } from '@shared/model'
import { clerkFromClerkName } from '@shared/backup/upgrade'
import { clientSearchGroups } from './clientRows'
import type { ClientRow } from './db'

/**
 * The schema history. Spec D3: a schema change is ONLY a new `db.version(n)` appended below, with an
 * `.upgrade(tx => …)` that converts existing rows, and a test in test/unit/renderer/data/upgrade.test.ts
 * that opens the previous version with data and checks it survives. Never edit or remove an earlier
 * version: a user's database may still be at it.
 *
 * Index notes (version 1, see below for later versions):
 * - clients: `&[partnerId+clientNumber]` makes a client number unique within its partner; the
 *   `[x+sortName]` compounds give sorted, paged lists per filter without reading the table;
 *   `*searchKeys` is multi-entry for name-prefix search; `searchNumber` for number-prefix search.
 * - usage: the id is `clientId|period`, so a re-import replaces a row instead of adding one.
 * - auditEntries: `++id` keeps insertion order; the log is append-only.
 * - settings: one row with id `settings`.
 */
export const SCHEMA_V1 = {
  partners: 'id, name, shortCode, active',
  plans: 'id, code, sortOrder',
  clients:
    'id, partnerId, status, registrationPlanId, currentPlanId, sortName, searchNumber, *searchKeys, ' +
    '&[partnerId+clientNumber], [partnerId+status], [partnerId+sortName], [status+sortName], [currentPlanId+sortName]',
  subscriptionPeriods: 'id, clientId, planId, [clientId+from]',
  changeRequests: 'id, clientId, status, requestDate, toPlanId, fromPlanId',
  deregistrations: 'id, clientId, receivedDate',
  usage: 'id, clientId, partnerId, period, &[clientId+period], [partnerId+period]',
  invoices: 'id, partnerId, period, status, number, [partnerId+period]',
  auditEntries: '++id, at, entity, [entity+recordId]',
  settings: 'id',
} as const

/**
 * Version 2: `[status+currentPlanId+sortName]` so the client list filtered on status AND plan is an index
 * range at 100,000 clients too. Only an index is added, from fields every row already has: no upgrade
 * function needed (IndexedDB builds the index).
 */
export const SCHEMA_V2 = {
  clients: `${SCHEMA_V1.clients}, [status+currentPlanId+sortName]`,
} as const

/**
 * Version 3: `*searchGroups` (see `clientSearchGroups`), so a name search under any filter reads its first
 * page from a few index ranges in list order instead of collecting every match. The upgrade derives the
 * new field for every stored client.
 */
export const SCHEMA_V3 = {
  clients: `${SCHEMA_V2.clients}, *searchGroups`,
} as const

/**
 * Version 4: an audit entry records what happened as an event code with parameters (`event`, `params`,
 * src/shared/audit/events.ts) instead of a Dutch sentence in `summary`, so the audit trail reads in the UI
 * language. No index changes. An entry written before cannot be turned into an event without reading its
 * sentence, so the upgrade keeps that sentence unchanged as recorded text: event `historic`, no parameters,
 * the sentence in `historicSummary` (shown as recorded, in Dutch). Entity, action and field changes stay.
 */
export const SCHEMA_V4 = {
  auditEntries: SCHEMA_V1.auditEntries,
} as const

/**
 * Version 5: the `clerks` table (docs/clerks.md): who works in the app, picked at start. The
 * upgrade turns the old free-text `clerkName` setting into the first clerk, so existing audit entries keep
 * naming a known clerk. `active` is not indexed (booleans are not valid IndexedDB keys); the list is small.
 */
export const SCHEMA_V5 = {
  clerks: 'id',
} as const

/**
 * Version 6: the audit trail becomes a hash chain (docs/audit-trail.md). No index changes; the upgrade
 * chains the entries already stored, oldest first, from the genesis hash.
 */
export const SCHEMA_V6 = {
  auditEntries: SCHEMA_V1.auditEntries,
} as const

/**
 * Version 7: `[clerk+at]` on the audit trail, so the audit screen's clerk filter (alone or with a date range)
 * is an index range, newest first, at any size of the trail. Only an index on fields every entry has: no
 * upgrade function (IndexedDB builds it), and the entries, so their hashes, stay untouched.
 */
export const SCHEMA_V7 = {
  auditEntries: `${SCHEMA_V6.auditEntries}, [clerk+at]`,
} as const

/**
 * Version 8: the `imports` table (docs/onboarding.md, "Importgeschiedenis"): every import with who, when,
 * the file, its counts and what undo needs. `at` orders the history, newest first. A new, empty table: no
 * existing row changes, so no upgrade function (the audit chain stays untouched).
 */
export const SCHEMA_V8 = {
  imports: 'id, at, kind',
} as const

/**
 * Version 9: `drafts`, the values of a form the clerk changed but did not save (composables/useUnsavedGuard.ts),
 * one row per form and record, so a crash or reload loses no typing. Inside the database rather than in
 * localStorage because a draft may hold personal data (a BSN): it is then removed with the data it belongs to
 * (clearing, restoring, anonymising) and stays out of backups on purpose (see docs/architecture.md). A new,
 * empty table: no upgrade function.
 */
export const SCHEMA_V9 = {
  drafts: 'key, recordId',
} as const

/**
 * Version 10: `keptResults`, the start page's and the dashboard's last results (data/keptResult.ts), one row
 * per result, so a new window shows them at once while nothing they depend on changed. Like drafts they
 * may hold personal values (the lists name clients): cleared and restored with the database, removed when a
 * client is anonymised, never in a backup. A new, empty table: no upgrade function.
 */
export const SCHEMA_V10 = {
  keptResults: 'key',
} as const

export const CURRENT_VERSION = 10

export function declareVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1)
  db.version(2).stores(SCHEMA_V2)
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade((tx) =>
      tx
        .table<ClientRow>('clients')
        .toCollection()
        .modify((row) => {
          row.searchGroups = clientSearchGroups(row)
        }),
    )
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade((tx) =>
      tx
        .table('auditEntries')
        .toCollection()
        .modify((entry: unknown, ref: { value: unknown }) => {
          ref.value = fromHistoricAuditEntry(entry)
        }),
    )
  db.version(5)
    .stores(SCHEMA_V5)
    .upgrade(async (tx) => {
      const settings = (await tx.table('settings').get('settings')) as { clerkName?: unknown } | undefined
      await tx.table('clerks').add(clerkFromClerkName(settings?.clerkName))
    })
  db.version(6)
    .stores(SCHEMA_V6)
    .upgrade(async (tx) => {
      const table = tx.table<AuditEntry, number>('auditEntries')
      await table.bulkPut(chainUnchained(await table.orderBy(':id').toArray()))
    })
  db.version(7).stores(SCHEMA_V7)
  db.version(8).stores(SCHEMA_V8)
  db.version(9).stores(SCHEMA_V9)
  db.version(10).stores(SCHEMA_V10)
  // Next change: db.version(11).stores({ …only the tables that change… }).upgrade(async (tx) => { … })
}
