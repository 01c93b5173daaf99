/**
 * The renderer's data layer: the ONLY code that touches IndexedDB (ESLint enforces it). Pinia stores use
 * `repositories()`; views and components never import this folder.
 */
import type { ChainHead } from '@shared/audit/chain'
import type { SessionClerk } from './context'
import { createDataContext, type DataContext } from './context'
import { AppDatabase } from './db'
import { createAuditRepository, type AuditRepository } from './repositories/audit'
import { createClerksRepository, type ClerksRepository } from './repositories/clerks'
import { createChangeRequestsRepository, type ChangeRequestsRepository } from './repositories/changeRequests'
import { createClientsRepository, type ClientsRepository } from './repositories/clients'
import { createClientRecordsRepository, type ClientRecordsRepository } from './repositories/clientRecords'
import { createDatabaseRepository, type DatabaseRepository } from './repositories/database'
import { createDeregistrationsRepository, type DeregistrationsRepository } from './repositories/deregistrations'
import { createInvoicesRepository, type InvoicesRepository } from './repositories/invoices'
import { createOverviewRepository, type OverviewRepository } from './repositories/overview'
import { createPartnersRepository, type PartnersRepository } from './repositories/partners'
import { createPlansRepository, type PlansRepository } from './repositories/plans'
import { createSearchRepository, type SearchRepository } from './repositories/search'
import { createSettingsRepository, type SettingsRepository } from './repositories/settings'
import { createSubscriptionPeriodsRepository, type SubscriptionPeriodsRepository } from './repositories/subscriptionPeriods'
import { createUsageRepository, type UsageRepository } from './repositories/usage'
import { createOnboardingRepository, type OnboardingRepository } from './repositories/onboarding'
import { createImportsRepository, type ImportsRepository } from './repositories/imports'
import { createDraftsRepository, type DraftsRepository } from './repositories/drafts'
import { createKeptResultsRepository, type KeptResultsRepository } from './repositories/keptResults'

export interface Repositories {
  readonly partners: PartnersRepository
  readonly plans: PlansRepository
  readonly clients: ClientsRepository
  readonly subscriptionPeriods: SubscriptionPeriodsRepository
  readonly changeRequests: ChangeRequestsRepository
  readonly deregistrations: DeregistrationsRepository
  readonly usage: UsageRepository
  readonly invoices: InvoicesRepository
  readonly audit: AuditRepository
  readonly clerks: ClerksRepository
  readonly settings: SettingsRepository
  readonly database: DatabaseRepository
  readonly overview: OverviewRepository
  readonly clientRecords: ClientRecordsRepository
  readonly search: SearchRepository
  readonly onboarding: OnboardingRepository
  readonly imports: ImportsRepository
  readonly drafts: DraftsRepository
  readonly keptResults: KeptResultsRepository
}

export function createRepositories(ctx: DataContext): Repositories {
  const clients = createClientsRepository(ctx)
  return {
    partners: createPartnersRepository(ctx),
    plans: createPlansRepository(ctx),
    clients,
    subscriptionPeriods: createSubscriptionPeriodsRepository(ctx),
    changeRequests: createChangeRequestsRepository(ctx),
    deregistrations: createDeregistrationsRepository(ctx),
    usage: createUsageRepository(ctx),
    invoices: createInvoicesRepository(ctx),
    audit: createAuditRepository(ctx),
    clerks: createClerksRepository(ctx),
    settings: createSettingsRepository(ctx),
    database: createDatabaseRepository(ctx),
    overview: createOverviewRepository(ctx),
    clientRecords: createClientRecordsRepository(ctx),
    search: createSearchRepository(ctx, clients),
    onboarding: createOnboardingRepository(ctx),
    imports: createImportsRepository(ctx),
    drafts: createDraftsRepository(ctx),
    keptResults: createKeptResultsRepository(ctx),
  }
}

let appDb: AppDatabase | undefined
let appRepositories: Repositories | undefined
/** Who is signed in, shared by every repository of this context (the window's, or a worker's own). */
const appSession: { clerk: SessionClerk | null } = { clerk: null }

/** The app's one database connection (opened by `openDatabase` at start). */
export function appDatabase(): AppDatabase {
  appDb ??= new AppDatabase()
  return appDb
}

let auditHeadListener: ((head: ChainHead) => void) | undefined

/** Told the audit chain's head after every committed write (the audit chain store hands it to main). */
export function onAuditHeadCommitted(listener: (head: ChainHead) => void): void {
  auditHeadListener = listener
}

/** A head committed by the worker's own connection, passed on to the window's listener like one of its own. */
export function announceAuditHead(head: ChainHead): void {
  auditHeadListener?.(head)
}

/** The app's repositories over `appDatabase()`. */
export function repositories(): Repositories {
  appRepositories ??= createRepositories(createDataContext(appDatabase(), { session: appSession, onAuditHead: (head) => auditHeadListener?.(head) }))
  return appRepositories
}

/** Another connection (a worker's write, such as a restore or the demo data) changed the data: counts cached for this one are stale. */
export function forgetCachedCounts(): void {
  appDatabase().clientWrites++
}

/** The clerk signed in here; a job sends it along, so entries its worker writes name the same clerk. */
export function signedInClerk(): SessionClerk | null {
  return appSession.clerk
}

/** In a worker: the clerk of the window that asked for the job. */
export function actAsClerk(clerk: SessionClerk | null): void {
  appSession.clerk = clerk
}

export { AppDatabase, DATABASE_NAME } from './db'
export { createDataContext, type DataContext, type SessionClerk } from './context'
export { openDatabase, type DatabaseState, type DatabaseStatus } from './connection'
export { requestPersistentStorage, storageInfo, type StorageInfo } from './storage'
export { DataError, ValidationError, NotFoundError, ConflictError, RuleError, StorageFullError, type DataErrorCode, type DataFieldIssue } from './errors'
export { BackupFileError } from './backupFileError'
export type { AuditInput } from './transaction'
export type { AuditFilter, AuditQuery, AuditRepository } from './repositories/audit'
export type { ChangeRequestQuery, ChangeRequestsRepository, NewChangeRequestInput } from './repositories/changeRequests'
export type { DatabaseRepository, TableCounts } from './repositories/database'
export type { DeregistrationsRepository, NewDeregistrationInput } from './repositories/deregistrations'
export type { DueInvoiceCopy, InvoiceQuery, InvoicesRepository, SaveConceptsResult } from './repositories/invoices'
export type { SubscriptionPeriodsRepository } from './repositories/subscriptionPeriods'
export type { UsageImportResult, UsageRepository } from './repositories/usage'
export type { OnboardingImportResult, OnboardingRepository } from './repositories/onboarding'
export type { ImportHistoryItem, ImportUndoResult, ImportsRepository } from './repositories/imports'
export type { AuditChange, ClientKey, OverviewRepository, PeriodUsageSums } from './repositories/overview'
export type { ClientRecords } from './repositories/clientRecords'
export type { PartnerInput, PartnersRepository } from './repositories/partners'
export type { PlanInput, PlansRepository } from './repositories/plans'
export type {
  ActivationMail,
  DueClientRow,
  ClientListItem,
  ClientListKey,
  ClientListQuery,
  ClientPage,
  ClientPageQuery,
  ClientsRepository,
  NewClient,
  Page,
} from './repositories/clients'
export type { SettingsRepository } from './repositories/settings'
export type { SearchHits, SearchRepository } from './repositories/search'
export { observe, type LiveSubscription } from './live'
