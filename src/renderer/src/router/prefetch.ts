import { loadRouteLocation, type Router } from 'vue-router'

/**
 * Loads the screens' code one at a time while the window is idle after start, so that the first
 * opening of a screen does not wait for its code to be fetched and compiled. Each screen's code is
 * still its own chunk: a screen that fails to load breaks only itself, and the start is not slower.
 */
export function prefetchScreens(router: Router, names: readonly string[]): void {
  const queue = [...names]
  const next = () => {
    const name = queue.shift()
    if (name === undefined) return
    // A failure here is not the clerk's concern: opening the screen loads it again and reports then.
    loadRouteLocation(router.resolve({ name }))
      .catch(() => undefined)
      .finally(() => requestIdleCallback(next, { timeout: 2000 }))
  }
  requestIdleCallback(next, { timeout: 2000 })
}
