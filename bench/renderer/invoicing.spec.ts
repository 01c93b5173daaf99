import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import type { Page } from '@playwright/test'
import { expect, test } from '../../test/e2e/fixtures'
import { takeBridgeTimes, type BridgeTime } from '../../test/e2e/fixtures/apiBridge'
import { runChild } from '../childResult'
import { loadStressData } from './loadStressData'

/**
 * The invoicing screen at the stress scale (100,000 clients, 500 partners), each phase in Chromium and then
 * the same work in one Node process (bench/invoicingNode.ts), one right after the other:
 *
 * - concepts: read the tables in a worker, the monthly job, store the concepts (Node: tables in memory);
 * - concepts again: the same, with the tables the worker kept (`wholeTables.ts`) instead of read;
 * - files: every file of the month, PDFs and e-invoices included (period 2026-09 closes a quarter);
 * - finalise: the numbers in one transaction, then the final invoices' files.
 *
 * Chromium is timed from the click to the screen's own answer. Beside it the bridge's share: per channel
 * the time from the page's `invoke` to its answer minus main's own time for the call (zod and handler),
 * i.e. what Playwright's binding (JSON over the DevTools protocol) added; the run's status polls are
 * listed apart, as they overlap the run. One run: these are minutes of work; the figures are measured,
 * never asserted.
 * `npm run build && npx playwright test -c bench/renderer/playwright.config.ts invoicing`
 * Results: bench/output/invoicing.json.
 */
const PERIOD = '2026-09'
const TODAY = '2026-11-23'
const POLL = 'report:get-run-status'

interface NodeResult {
  readonly concepts: number
  readonly files: number
  readonly finalFiles: number
  readonly conceptsMs: number
  readonly filesMs: number
  readonly finaliseMs: number
  readonly conceptsCpuMs: number
  readonly filesCpuMs: number
  readonly finaliseCpuMs: number
  readonly conceptStages: Record<string, number>
}

/** The stages the invoicing worker marked on its timeline during the last preparation (stageTimes.ts). */
async function workerStages(page: Page): Promise<Record<string, number>> {
  const stages: Record<string, number> = {}
  for (const worker of page.workers()) {
    const measures = await worker.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, m.duration] as const))
    for (const [name, ms] of measures) if (name.startsWith('invoicing-prepare:')) stages[name.slice('invoicing-prepare:'.length)] = Math.round(ms)
  }
  return stages
}

/**
 * When the worker last finished a preparation: the start of its last stage (`reports`), which it marks anew on
 * every run (stageTimes.ts keeps the last run's only).
 */
async function lastPreparation(page: Page): Promise<number> {
  let latest = -1
  for (const worker of page.workers())
    latest = Math.max(latest, await worker.evaluate(() => performance.getEntriesByName('invoicing-prepare:reports').at(-1)?.startTime ?? -1))
  return latest
}

/** The bridge's added time in a phase (status polls apart), and main's own time in its calls. */
function bridgeShare(times: readonly BridgeTime[]) {
  const calls = times.filter((t) => t.channel !== POLL)
  const polls = times.find((t) => t.channel === POLL)
  return {
    bridgeMs: Math.round(calls.reduce((sum, t) => sum + Math.max(0, t.pageMs - t.mainMs), 0)),
    mainMs: Math.round(calls.reduce((sum, t) => sum + t.mainMs, 0)),
    polls: polls?.calls ?? 0,
    channels: times.map((t) => ({ ...t, pageMs: Math.round(t.pageMs), mainMs: Math.round(t.mainMs) })),
  }
}

test('facturatie met 100.000 cliënten: concepten, bestanden en definitief maken, naast Node', async ({ page, dialogs }) => {
  // Loading the stress data alone took 16 minutes on a busy machine; the config's 30 minutes ended a run mid-finalise.
  test.setTimeout(120 * 60_000)
  await page.clock.install({ time: new Date(`${TODAY}T09:00:00+01:00`) })
  await page.clock.resume()
  await loadStressData(page, '/facturatie')

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Facturatie' }).click()
  const period = page.locator('#invoicing-period')
  await period.click()
  await page.getByRole('option', { name: PERIOD, exact: true }).click()
  await expect(period).toContainText(PERIOD)
  // The screen answers in a toast, or in its result panel when the answer is long (a folder's path, many numbers).
  const answered = (text: RegExp, minutes: number) =>
    expect(page.locator('[data-testid="result-panel"], .p-toast-message').filter({ hasText: text }).first()).toBeVisible({ timeout: minutes * 60_000 })
  const loads: number[] = [loadavg()[0]!]
  const timed = async (work: () => Promise<void>) => {
    await takeBridgeTimes(page)
    const cpu = process.cpuUsage()
    const started = Date.now()
    await work()
    const ms = Date.now() - started
    const used = process.cpuUsage(cpu)
    loads.push(loadavg()[0]!)
    // This process runs main's handlers: its cpu time is main's share of the phase.
    return { ms, mainCpuMs: Math.round((used.user + used.system) / 1000), ...bridgeShare(await takeBridgeTimes(page)) }
  }

  const concepts = await timed(async () => {
    await page.getByTestId('invoicing-prepare').click()
    await answered(/conceptfacturen gemaakt/, 10)
  })
  const conceptCount = Number(await page.getByTestId('summary-concepts').textContent())
  const conceptStages = await workerStages(page)

  // Made again ("Concepten opnieuw maken", as after a fix of a price): the worker kept the tables it read, since
  // storing concepts changed none of them. The first answer may still be on screen, so the worker's own mark
  // says when the second is done.
  const firstRun = await lastPreparation(page)
  const conceptsAgain = await timed(async () => {
    await page.getByTestId('invoicing-prepare').click()
    await expect.poll(() => lastPreparation(page), { timeout: 10 * 60_000 }).not.toBe(firstRun)
    await answered(/conceptfacturen gemaakt/, 10)
  })
  const conceptAgainStages = await workerStages(page)

  const files = await timed(async () => {
    await page.getByTestId('invoicing-write').click()
    await answered(/bestanden geschreven in/, 20)
  })
  const fileCount = readdirSync(dialogs.folder).length

  const finalise = await timed(async () => {
    await page.getByTestId('invoicing-finalise-all').click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Definitief maken' }).click()
    await answered(/facturen definitief gemaakt/, 10)
  })
  await expect(page.getByTestId('summary-concepts')).toHaveText('0')
  const finalFiles = readdirSync(dialogs.folder).length - fileCount
  await page.close()

  // The same work in Node, right after, with the command line's flags.
  loads.push(loadavg()[0]!)
  const node = await runChild<NodeResult>('bench/invoicingNode.ts', ['--case', 'stress', '--period', PERIOD, '--today', TODAY], ['--expose-gc'])
  loads.push(loadavg()[0]!)

  const phase = (name: string, chromium: typeof concepts, nodeMs: number, nodeCpuMs: number) => ({
    phase: name,
    chromiumMs: chromium.ms,
    nodeMs,
    nodeCpuMs,
    ratio: +(chromium.ms / nodeMs).toFixed(2),
    bridgeMs: chromium.bridgeMs,
    bridgeShare: +(chromium.bridgeMs / chromium.ms).toFixed(3),
    ratioWithoutBridge: +((chromium.ms - chromium.bridgeMs) / nodeMs).toFixed(2),
    chromiumMainMs: chromium.mainMs,
    chromiumMainCpuMs: chromium.mainCpuMs,
    polls: chromium.polls,
    channels: chromium.channels,
  })
  const phases = [
    phase('concepts', concepts, node.conceptsMs, node.conceptsCpuMs),
    phase('concepts again', conceptsAgain, node.conceptsMs, node.conceptsCpuMs),
    phase('files', files, node.filesMs, node.filesCpuMs),
    phase('finalise', finalise, node.finaliseMs, node.finaliseCpuMs),
  ]
  const result = {
    period: PERIOD,
    chromium: { concepts: conceptCount, files: fileCount, finalFiles },
    node: { concepts: node.concepts, files: node.files, finalFiles: node.finalFiles },
    conceptStages: { chromiumWorker: conceptStages, chromiumWorkerAgain: conceptAgainStages, node: node.conceptStages },
    loadAverages: loads.map((l) => +l.toFixed(1)),
    phases,
  }
  mkdirSync('bench/output', { recursive: true })
  writeFileSync('bench/output/invoicing.json', `${JSON.stringify(result, null, 2)}\n`)
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const lines = phases.map(
    (p) =>
      `${p.phase.padEnd(14)} chromium ${seconds(p.chromiumMs).padStart(8)}  node ${seconds(p.nodeMs).padStart(8)} (cpu ${seconds(p.nodeCpuMs)})  ratio ${p.ratio.toFixed(2)}  bridge ${seconds(p.bridgeMs)} (${(100 * p.bridgeShare).toFixed(1)} %)  ratio without bridge ${p.ratioWithoutBridge.toFixed(2)}`,
  )
  const stageText = (stages: Record<string, number>) =>
    Object.entries(stages)
      .map(([stage, ms]) => `${stage} ${seconds(ms)}`)
      .join(', ')
  lines.push(`concept stages: chromium worker ${stageText(conceptStages)}; again ${stageText(conceptAgainStages)}; node ${stageText(node.conceptStages)}`)
  console.log(
    [
      ...lines,
      `files chromium/node: ${fileCount}/${node.files}, final files ${finalFiles}/${node.finalFiles}; load average 1 min: ${result.loadAverages.join(' → ')}`,
    ].join('\n'),
  )
})
