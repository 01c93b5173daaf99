import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DESIGN_CASE, STRESS_CASE, generateDemoData } from '../src/shared/demo'
import { parseCalendarDate } from '../src/shared/calendar/calendarDate'
import { computeMonthlyJob, invoicesOfRun } from '../src/shared/domain'
import { compareText } from '../src/shared/domain/ordering'
import { buildApi } from '../src/shared/ipc/api'
import type { Result } from '../src/shared/ipc/result'
import { invoiceSchema, type PeriodName } from '../src/shared/model'
import { monthlyRunReports } from '../src/shared/reports/monthlyRunReports'
import { finalisePeriod } from '../src/cli/commands/finalise'
import { createHandlers } from '../src/main/ipc/handlers'
import { createIpcRouter } from '../src/main/ipc/router'
import { createTestPlatform } from '../src/main/platform/testPlatform'
import { withUsageFor } from '../src/main/services/monthlyJob'
import { reportResult } from './childResult'

/**
 * The invoicing screen's three phases done in one Node process, as the Node baseline of
 * bench/renderer/invoicing.spec.ts (which runs this right after the same phases in Chromium):
 *
 * - concepts: the period's usage taken from the tables (in memory here, as the command line holds them),
 *   `computeMonthlyJob`, concept ids, every concept through the invoice schema as the repository checks it,
 *   and `monthlyRunReports`;
 * - files: `report:start-run` with the same input through `window.api`'s own check and main's real router
 *   and handlers, in this process (no bridge), until the run is done;
 * - finalise: numbering in partner order (`finalisePeriod`, the command line's) and `report:write-invoices`
 *   with the final invoices, again through the real router.
 *
 * `node --expose-gc --import tsx bench/invoicingNode.ts --case stress` prints one BENCH_RESULT line.
 */
const { values } = parseArgs({
  options: { case: { type: 'string', default: 'stress' }, period: { type: 'string', default: '2026-09' }, today: { type: 'string', default: '2026-11-23' } },
})

function unwrap<T>(result: unknown): T {
  const answer = result as Result<T>
  if (!answer.ok) throw new Error(`${answer.error.code} ${JSON.stringify(answer.error.params)}`)
  return answer.value
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const value = await work()
  const used = process.cpuUsage(cpu)
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }
}

async function go(): Promise<void> {
  const today = parseCalendarDate(values.today)
  const period: PeriodName = values.period
  const data = generateDemoData({ ...(values.case === 'stress' ? STRESS_CASE : DESIGN_CASE), today })
  const folder = mkdtempSync(join(tmpdir(), 'invoicing-node-'))
  const platform = createTestPlatform({ folder, now: new Date(`${values.today}T09:00:00+01:00`) })
  const router = createIpcRouter(createHandlers(platform), { isTrustedSender: () => true, log: () => undefined })
  const api = buildApi((channel, payload) => router.dispatch({ senderFrame: { url: 'app://clientadministratie/', parent: null } }, channel, [payload]))
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()

  // The stages as the worker marks them (src/renderer/src/workers/invoicingJob.ts); reading is taking the usage.
  const stages: Record<string, number> = {}
  let last = performance.now()
  const stageEnded = (stage: string) => {
    const now = performance.now()
    stages[stage] = Math.round(now - last)
    last = now
  }
  const concepts = await timed(() => {
    last = performance.now()
    const tables = withUsageFor(data, period)
    stageEnded('read')
    const job = computeMonthlyJob(tables, period, today)
    stageEnded('compute')
    const made = job.invoices.filter((i) => i.status === 'concept').map((i) => invoiceSchema.parse({ ...i, id: crypto.randomUUID() }))
    stageEnded('store')
    const stored = [...tables.invoices.filter((i) => i.period === period), ...made]
    const reports = monthlyRunReports(job, { plans: tables.plans, settings: tables.settings, today, invoices: invoicesOfRun(stored, period) })
    stageEnded('reports')
    return { made, reports, stored }
  })
  gc?.()

  const { folderId } = unwrap<{ folderId: string }>(await api.report.chooseFolder({ title: 'bench' }))
  const files = await timed(async () => {
    const { reports, stored } = concepts.value
    const { jobId } = unwrap<{ jobId: string }>(await api.report.startRun({ folderId, ...reports, invoices: invoicesOfRun(stored, period) }))
    for (;;) {
      const status = unwrap<{ state: string }>(await api.report.getRunStatus({ jobId }))
      if (status.state !== 'bezig') return status.state
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })
  const filesWritten = readdirSync(folder).length
  gc?.()

  const finalise = await timed(async () => {
    const ordered = [...concepts.value.made].sort((a, b) => compareText(a.partner.name, b.partner.name))
    const { finalised } = finalisePeriod(withUsageFor(data, period), period, today, `${values.today}T09:00:00Z`, undefined, ordered)
    return unwrap<unknown[]>(await api.report.writeInvoices({ folderId, generatedOn: today, invoices: finalised }))
  })
  rmSync(folder, { recursive: true, force: true })
  reportResult({
    case: values.case,
    concepts: concepts.value.made.length,
    files: filesWritten,
    finalFiles: finalise.value.length,
    runState: files.value,
    conceptsMs: Math.round(concepts.ms),
    conceptsCpuMs: Math.round(concepts.cpuMs),
    conceptStages: stages,
    filesMs: Math.round(files.ms),
    filesCpuMs: Math.round(files.cpuMs),
    finaliseMs: Math.round(finalise.ms),
    finaliseCpuMs: Math.round(finalise.cpuMs),
  })
}

go().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
