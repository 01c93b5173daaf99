import { onScopeDispose, ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { observe, type LiveSubscription } from '../data'
import { errorMessage } from './outcome'

export interface LiveRead<T> {
  /** The read's latest answer; it follows every write to the tables the read touched, from any screen or job. */
  readonly value: ShallowRef<T>
  readonly error: Ref<string | null>
  /** Starts following (once); resolves when the first answer (or failure) is in. */
  start(): Promise<void>
  /**
   * Follows, and reads once more now: for a decision that cannot wait for the subscription's next answer
   * (a write a moment ago, such as loading the demo data, is only seen by the live read a little later).
   */
  refresh(): Promise<void>
}

/**
 * A store's list that follows the database by itself (Dexie's liveQuery through the data layer), instead of
 * the store reloading it after each of its own writes and missing everyone else's. Stops with the store.
 */
export function useLiveRead<T>(read: () => Promise<T>, initial: T): LiveRead<T> {
  const value = shallowRef(initial)
  const error = ref<string | null>(null)
  let subscription: LiveSubscription | null = null
  let first: Promise<void> | null = null

  function start(): Promise<void> {
    first ??= new Promise<void>((resolve) => {
      subscription = observe(
        read,
        (answer) => {
          value.value = answer
          error.value = null
          resolve()
        },
        (failure) => {
          error.value = errorMessage(failure)
          // A failed read ends the subscription: the next start tries again.
          subscription = null
          first = null
          resolve()
        },
      )
    })
    return first
  }

  async function refresh(): Promise<void> {
    await start()
    try {
      value.value = await read()
      error.value = null
    } catch (failure) {
      error.value = errorMessage(failure)
    }
  }

  onScopeDispose(() => subscription?.unsubscribe())
  return { value, error, start, refresh }
}
