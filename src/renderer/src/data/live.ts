import { liveQuery } from 'dexie'

export interface LiveSubscription {
  unsubscribe(): void
}

/**
 * Re-runs a repository read whenever the tables it read from change (Dexie's liveQuery), so stores can
 * keep lists current without importing Dexie. Wrap it in a composable that unsubscribes on scope dispose.
 */
export function observe<T>(read: () => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void = () => undefined): LiveSubscription {
  const subscription = liveQuery(read).subscribe({ next: onValue, error: onError })
  return { unsubscribe: () => subscription.unsubscribe() }
}
