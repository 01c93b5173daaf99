import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DESIGN_CASE, STRESS_CASE, generateDemoData } from '../src/shared/demo'
import { parseCalendarDate } from '../src/shared/calendar/calendarDate'
import { computeMonthlyJob } from '../src/shared/domain/monthlyJob/monthlyJob'
import { monthlyRunReports } from '../src/shared/reports/monthlyRunReports'
import { runMonthlyReports } from '../src/main/reports/monthlyRun'
import { finalisePeriod } from '../src/cli/commands/finalise'
import { withUsageFor } from '../src/main/services/monthlyJob'

/**
 * What the invoice documents add to the monthly run: the demo case finalised for 2026-09 (so
 * every invoice is final and gets PDF, e-invoice and e-mail draft), then the same run written without and
 * with the documents, in this process. `npx tsx bench/documents.ts design|stress [once]`
 * (node --expose-gc --import tsx for the garbage collection between the parts, as the cli script does).
 */
async function go() {
  const which = process.argv[2] === 'stress' ? STRESS_CASE : DESIGN_CASE
  const today = parseCalendarDate('2026-11-23')
  const period = '2026-09'
  const data = withUsageFor(finalisePeriod(generateDemoData({ ...which, today }), period, today, '2026-11-23T10:00:00Z').data, period)
  const input = monthlyRunReports(computeMonthlyJob(data, period, today), { plans: data.plans, settings: data.settings, today })
  for (const documents of process.argv[3] === 'once' ? [false, true] : [false, true, false, true]) {
    const dir = mkdtempSync(join(tmpdir(), 'docbench-'))
    const cpu = process.cpuUsage()
    const t = performance.now()
    const run = await runMonthlyReports(dir, input, { documents })
    const wall = performance.now() - t
    const used = process.cpuUsage(cpu)
    const kinds: Record<string, number> = {}
    for (const f of run.files) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1
    console.log(
      JSON.stringify({
        case: process.argv[2] ?? 'design',
        documents,
        wallS: +(wall / 1000).toFixed(1),
        cpuS: +((used.user + used.system) / 1e6).toFixed(1),
        files: run.files.length,
        kinds,
      }),
    )
    rmSync(dir, { recursive: true, force: true })
  }
}
void go()
