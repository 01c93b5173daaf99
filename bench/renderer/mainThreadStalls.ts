import type { Page } from '@playwright/test'

export interface MainThreadStalls {
  /** The longest gap between two animation frames: how long the window could not draw. */
  readonly maxFrameGapMs: number
  /** Chromium's long tasks (over 50 ms) on the window's thread, in order. */
  readonly longTasksMs: number[]
  readonly longestTaskMs: number
}

/** Starts counting the window's longest stall: the longest gap between animation frames and any long task. */
export async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __stall: { maxFrameGap: number; longTasks: number[]; last: number; running: boolean; observer: PerformanceObserver }
    }
    // A second watch in one page replaces the first: its observer would count every task twice.
    w.__stall?.observer.disconnect()
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__stall.longTasks.push(Math.round(entry.duration))
    })
    w.__stall = { maxFrameGap: 0, longTasks: [], last: performance.now(), running: true, observer }
    observer.observe({ type: 'longtask', buffered: false })
    const tick = () => {
      const s = w.__stall
      const now = performance.now()
      s.maxFrameGap = Math.max(s.maxFrameGap, now - s.last)
      s.last = now
      if (s.running) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

/** Stops counting and says what was seen since `watchMainThread`. */
export async function mainThreadStalls(page: Page): Promise<MainThreadStalls> {
  return page.evaluate(() => {
    const w = window as unknown as { __stall: { maxFrameGap: number; longTasks: number[]; running: boolean; observer: PerformanceObserver } }
    w.__stall.running = false
    w.__stall.observer.disconnect()
    return { maxFrameGapMs: Math.round(w.__stall.maxFrameGap), longTasksMs: w.__stall.longTasks, longestTaskMs: Math.max(0, ...w.__stall.longTasks) }
  })
}

/** The duration of the app's last performance measure of that name (the stores measure their own steps); -1 when none. */
export async function measuredMs(page: Page, name: string): Promise<number> {
  return page.evaluate((measure) => Math.round(performance.getEntriesByName(measure).at(-1)?.duration ?? -1), name)
}
