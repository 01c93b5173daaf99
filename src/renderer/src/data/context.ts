import type { ChainHead } from '@shared/audit/chain'
import type { AppDatabase } from './db'

/**
 * What every repository needs besides the database: the clock (for audit timestamps) and the id
 * source, both injectable so tests are deterministic.
 */
export interface DataContext {
  readonly db: AppDatabase
  readonly now: () => Date
  readonly newId: () => string
  /** Who is working in this window: set when a clerk is picked, named in every audit entry from then on. */
  readonly session: { clerk: SessionClerk | null }
  /** Told the chain's new head after every committed write that added audit entries (main keeps it, see docs/audit-trail.md). */
  readonly onAuditHead?: (head: ChainHead) => void
}

export interface SessionClerk {
  readonly id: string
  readonly name: string
}

export function createDataContext(db: AppDatabase, overrides: Partial<Omit<DataContext, 'db'>> = {}): DataContext {
  return {
    db,
    now: overrides.now ?? (() => new Date()),
    newId: overrides.newId ?? (() => crypto.randomUUID()),
    session: overrides.session ?? { clerk: null },
    ...(overrides.onAuditHead ? { onAuditHead: overrides.onAuditHead } : {}),
  }
}
