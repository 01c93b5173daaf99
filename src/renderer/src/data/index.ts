/**
 * The renderer's data layer: the ONLY code that touches IndexedDB (ESLint enforces it). Pinia stores use
 * `repositories()`; views and components never import this folder.
 */
import { createDataContext, type DataContext } from './context'
import { AppDatabase } from './db'
import { createClientsRepository, type ClientsRepository } from './repositories/clients'
import { createPartnersRepository, type PartnersRepository } from './repositories/partners'
import { createPlansRepository, type PlansRepository } from './repositories/plans'
import { createSettingsRepository, type SettingsRepository } from './repositories/settings'

export interface Repositories {
  readonly partners: PartnersRepository
  readonly plans: PlansRepository
  readonly clients: ClientsRepository
  readonly settings: SettingsRepository
}

export function createRepositories(ctx: DataContext): Repositories {
  return {
    partners: createPartnersRepository(ctx),
    plans: createPlansRepository(ctx),
    clients: createClientsRepository(ctx),
    settings: createSettingsRepository(ctx),
  }
}

let appDb: AppDatabase | undefined
let appRepositories: Repositories | undefined

/** The app's one database connection (opened by `openDatabase` at start). */
export function appDatabase(): AppDatabase {
  appDb ??= new AppDatabase()
  return appDb
}

/** The app's repositories over `appDatabase()`. */
export function repositories(): Repositories {
  appRepositories ??= createRepositories(createDataContext(appDatabase()))
  return appRepositories
}

export { AppDatabase, DATABASE_NAME } from './db'
export { createDataContext, type DataContext } from './context'
export { openDatabase, type DatabaseState, type DatabaseStatus } from './connection'
export { requestPersistentStorage, storageInfo, type StorageInfo } from './storage'
export { DataError, ValidationError, NotFoundError, ConflictError, StorageFullError, type DataErrorCode, type DataFieldIssue } from './errors'
export type { PartnerInput, PartnersRepository } from './repositories/partners'
export type { PlanInput, PlansRepository } from './repositories/plans'
export type { ClientListItem, ClientListQuery, ClientsRepository, NewClient, Page } from './repositories/clients'
export type { SettingsRepository } from './repositories/settings'
