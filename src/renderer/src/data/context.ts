import type { AppDatabase } from './db'

/**
 * What every repository needs besides the database: the clock (for audit timestamps) and the id
 * source, both injectable so tests are deterministic.
 */
export interface DataContext {
  readonly db: AppDatabase
  readonly now: () => Date
  readonly newId: () => string
}

export function createDataContext(db: AppDatabase, overrides: Partial<Omit<DataContext, 'db'>> = {}): DataContext {
  return {
    db,
    now: overrides.now ?? (() => new Date()),
    newId: overrides.newId ?? (() => crypto.randomUUID()),
  }
}
