import Dexie, { type DexieOptions, type EntityTable } from 'dexie'
import type {
  Clerk,
  AuditEntry,
  ChangeRequest,
  Client,
  Deregistration,
  ImportRecord,
  Invoice,
  Partner,
  Plan,
  Settings,
  SubscriptionPeriod,
  Usage,
} from '@shared/model'
import { clientIndexFields } from './clientIndexFields'
import type { FormDraft } from './formDraft'
import type { KeptResult } from './keptResult'
import { declareVersions } from './versions'

/** The IndexedDB database name. Never rename it: IndexedDB data is found by name and origin (spec S4, D3). */
export const DATABASE_NAME = 'clientadministratie-24x7'

/**
 * A client as stored: the domain record plus index fields derived from it. Only `clientRows.ts` builds
 * and strips these; repositories hand out plain `Client`s.
 */
export interface ClientRow extends Client {
  /** Normalised "last first" name: the default sort order of client lists. */
  sortName: string
  /** Every normalised name form a clerk may type the start of (multi-entry index). */
  searchKeys: string[]
  /** Normalised client number for prefix search. */
  searchNumber: string
  /** Plan of the latest subscription period, or the registration plan before activation (filter "abonnement"). */
  currentPlanId: string
  /** Multi-entry index for search with filters in list order; built by `clientSearchGroups` (clientRows.ts). */
  searchGroups: SearchGroupKey[]
}

/** [status or '', plan id or '', kind, head, order]: one `searchGroups` entry. */
export type SearchGroupKey = [status: string, planId: string, kind: 'f' | 'p' | 'h' | 'n', head: string, order: string]

/** The single settings row; the key is fixed so there is never a second one. */
export const SETTINGS_KEY = 'settings'
export interface SettingsRow extends Settings {
  id: typeof SETTINGS_KEY
}

export class AppDatabase extends Dexie {
  partners!: EntityTable<Partner, 'id'>
  plans!: EntityTable<Plan, 'id'>
  clients!: EntityTable<ClientRow, 'id'>
  subscriptionPeriods!: EntityTable<SubscriptionPeriod, 'id'>
  changeRequests!: EntityTable<ChangeRequest, 'id'>
  deregistrations!: EntityTable<Deregistration, 'id'>
  usage!: EntityTable<Usage, 'id'>
  invoices!: EntityTable<Invoice, 'id'>
  auditEntries!: EntityTable<AuditEntry, 'id'>
  clerks!: EntityTable<Clerk, 'id'>
  imports!: EntityTable<ImportRecord, 'id'>
  settings!: EntityTable<SettingsRow, 'id'>
  /** Unsaved form values (version 9); not administrative records: neither audited nor in backups. */
  drafts!: EntityTable<FormDraft, 'key'>
  /** Results kept across windows (version 10); derived from the other tables: neither audited nor in backups. */
  keptResults!: EntityTable<KeptResult, 'key'>
  /** Goes up with every write to the clients table (see clientIndexFields): a count read at one value holds until it changes. */
  clientWrites = 0

  /**
   * `options` lets tests pass their own fake-indexeddb factory. Durability is always strict: a
   * committed write is on disk before the promise resolves, also when the computer loses power (spec D2).
   */
  constructor(name: string = DATABASE_NAME, options: Omit<DexieOptions, 'chromeTransactionDurability'> = {}) {
    super(name, { ...options, chromeTransactionDurability: 'strict' })
    declareVersions(this)
    this.use(clientIndexFields(() => this.clientWrites++))
  }

  /** Every table, for transactions that span the whole database (restore, clear, demo load). */
  allTables() {
    return [
      this.partners,
      this.plans,
      this.clients,
      this.subscriptionPeriods,
      this.changeRequests,
      this.deregistrations,
      this.usage,
      this.invoices,
      this.auditEntries,
      this.settings,
      this.clerks,
      this.imports,
      this.drafts,
      this.keptResults,
    ]
  }
}
