import type { Page } from '@playwright/test'

/** Starts counting the window's longest stall: the longest gap between animation frames and any long task. */
export async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __stall: { maxFrameGap: number; longTasks: number[]; last: number; running: boolean } }
    w.__stall = { maxFrameGap: 0, longTasks: [], last: performance.now(), running: true }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__stall.longTasks.push(Math.round(entry.duration))
    }).observe({ type: 'longtask', buffered: false })
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

/** Stops counting; the longest frame gap and long task since `watchMainThread`, and the named measure's duration. */
export async function mainThreadStalls(page: Page, measureName: string): Promise<{ previewMs: number; maxFrameGapMs: number; longestTaskMs: number }> {
  return page.evaluate((name) => {
    const w = window as unknown as { __stall: { maxFrameGap: number; longTasks: number[]; running: boolean } }
    w.__stall.running = false
    const measure = performance.getEntriesByName(name).at(-1)
    return { previewMs: Math.round(measure?.duration ?? -1), maxFrameGapMs: Math.round(w.__stall.maxFrameGap), longestTaskMs: Math.max(0, ...w.__stall.longTasks) }
  }, measureName)
}
