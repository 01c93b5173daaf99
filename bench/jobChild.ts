import { mkdirSync, rmSync } from 'node:fs'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import { DESIGN_CASE, generateDemoData, STRESS_CASE } from '@shared/demo/generate'
import { collectGarbage } from '../src/cli/memory'
import { runMonthlyJob, withUsageFor, writeSummaryFile } from '../src/main/services/monthlyJob'
import { argValue, cpuMsSince, peakRssMb, reportResult } from './childResult'

export interface JobResult {
  readonly generateMs: number
  /** Compute and write every file of the period, summary.json included. */
  readonly runMs: number
  /** CPU time of the process in the same span (all threads): steadier than wall time on a busy machine. */
  readonly cpuMs: number
  readonly peakMb: number
  readonly files: number
  /** Data rows per file written, for the baseline to write as many. */
  readonly rowsPerFile: number[]
  readonly invoices: number
  readonly clients: number
}

/**
 * One measured run of the monthly job on data generated in memory: the time of computing and writing
 * every file of the period, and the process's peak memory (which includes the data set itself). The data
 * is held as the command line holds it while it writes: with the usage of the periods the job reads only
 * (`withUsageFor`; the app's main process gets only the computed run). The 24 months of generated usage
 * would otherwise add some 150 MB that no product process keeps while writing. Like the command line
 * after reading its backup, it collects the garbage of making the data before the run (run.ts starts it
 * with the `cli` script's `--expose-gc`), so the run starts on the data alone.
 */
async function main(): Promise<void> {
  const which = argValue('case') === 'stress' ? STRESS_CASE : DESIGN_CASE
  const today = parseCalendarDate(argValue('today'))
  const out = argValue('out')
  mkdirSync(out, { recursive: true })
  let start = performance.now()
  const period = argValue('period')
  const data = withUsageFor(generateDemoData({ ...which, today }), period)
  collectGarbage()
  const generateMs = performance.now() - start
  start = performance.now()
  const cpu = process.cpuUsage()
  // --no-documents: the workbooks alone (and summary.json), without any invoice's PDF, e-invoice or e-mail draft.
  const documents = !process.argv.includes('--no-documents')
  const result = await runMonthlyJob(data, out, { period, today, dataExportedAt: `${today}T00:00:00.000Z`, documents })
  await writeSummaryFile(out, result.summary)
  const runMs = performance.now() - start
  const cpuMs = cpuMsSince(cpu)
  // Kept for the floor (bench/floorChild.ts), which takes the XML out of these very files.
  if (!process.argv.includes('--keep')) rmSync(out, { recursive: true, force: true })
  const report: JobResult = {
    generateMs,
    runMs,
    cpuMs,
    peakMb: peakRssMb(),
    files: result.files.length + 1,
    rowsPerFile: result.files.map((f) => f.rows),
    invoices: result.summary.totals.invoices,
    clients: result.summary.totals.clients,
  }
  reportResult(report)
}

void main()
