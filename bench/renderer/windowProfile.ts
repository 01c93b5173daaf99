import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'

/** A function of the window's script and the time spent in it (not in what it called). */
export interface ProfiledFunction {
  readonly name: string
  readonly where: string
  readonly selfMs: number
}

interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
}

/**
 * Starts Chromium's sampling profiler on the window's thread; the returned function stops it, writes the
 * profile to `file` (open it in the DevTools' Performance panel) and names the functions that took longest.
 */
export async function profileWindow(page: Page, file: string): Promise<() => Promise<ProfiledFunction[]>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 1_000 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = await cdp.send('Profiler.stop')
    await cdp.detach()
    writeFileSync(file, JSON.stringify(profile))
    const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]))
    const self = new Map<string, ProfiledFunction>()
    const samples = profile.samples ?? []
    const deltas = profile.timeDeltas ?? []
    samples.forEach((id, i) => {
      const frame = nodes.get(id)?.callFrame
      if (frame === undefined || frame.functionName === '(idle)' || frame.functionName === '(program)') return
      const where = `${frame.url.split('/').at(-1) ?? ''}:${frame.lineNumber + 1}`
      const key = `${frame.functionName}@${where}`
      const known = self.get(key) ?? { name: frame.functionName || '(anonymous)', where, selfMs: 0 }
      self.set(key, { ...known, selfMs: known.selfMs + (deltas[i] ?? 0) / 1_000 })
    })
    return [...self.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, 15)
      .map((f) => ({ ...f, selfMs: Math.round(f.selfMs) }))
  }
}
