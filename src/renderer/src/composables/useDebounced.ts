import { onScopeDispose } from 'vue'

/** Calls `fn` once the caller has been quiet for `ms`; used for search-as-you-type. */
export function useDebounced(fn: () => void, ms = 200): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  onScopeDispose(() => clearTimeout(timer))
  return () => {
    clearTimeout(timer)
    timer = setTimeout(fn, ms)
  }
}
