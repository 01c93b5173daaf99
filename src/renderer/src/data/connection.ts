import type { AppDatabase } from './db'
import { toDataError, type DataError } from './errors'

/**
 * What the UI shows about the database (spec D3):
 * - `blocked`: an upgrade waits for another window of the app that still has the old version open;
 * - `versionchange`: a newer version of the app took the database over; this window must reload;
 * - `error`: opening failed (`error` names the problem; the UI words it).
 * The database is never deleted to get out of any of these states.
 */
export type DatabaseState = 'closed' | 'opening' | 'open' | 'blocked' | 'versionchange' | 'error'

export interface DatabaseStatus {
  readonly state: DatabaseState
  readonly error: DataError | null
}

export type DatabaseStatusListener = (status: DatabaseStatus) => void

/** Opens the database and reports every state change to `listener` (a Pinia store shows it). */
export async function openDatabase(db: AppDatabase, listener: DatabaseStatusListener): Promise<DatabaseStatus> {
  let current: DatabaseStatus = { state: 'closed', error: null }
  const report = (status: DatabaseStatus) => {
    current = status
    listener(status)
  }
  db.on('blocked', () => report({ state: 'blocked', error: null }))
  db.on('versionchange', () => {
    // Close so the other window's upgrade can proceed; returning false stops Dexie's default handling.
    db.close()
    report({ state: 'versionchange', error: null })
    return false
  })
  report({ state: 'opening', error: null })
  try {
    await db.open()
    report({ state: 'open', error: null })
  } catch (error) {
    report({ state: 'error', error: toDataError(error) })
  }
  return current
}
