/**
 * Measures the monthly run on the demo data: time, and the memory the run adds on top of the data.
 * Not a unit test (it takes minutes on the stress case); run it by hand:
 *
 *   npx tsx test/unit/main/reports/measureMonthlyRun.ts [design|stress] [period] [outDir]
 *
 * e.g. `npx tsx test/unit/main/reports/measureMonthlyRun.ts stress 2026-12 /tmp/run` (2026-12 closes a
 * quarter, so the quarterly check lists are written too).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { billingPeriod, closesQuarter, periodsOfQuarter, quarterOfPeriod } from '@shared/calendar/billingPeriod'
import { parseCalendarDate } from '@shared/calendar/calendarDate'
import { generateDemoData, DESIGN_CASE, STRESS_CASE } from '@shared/demo/generate'
import { buildInvoices } from '@shared/domain/invoicing/buildInvoice'
import { quarterlyCheck } from '@shared/domain/quarterlyCheck/quarterlyCheck'
import { buildUsageReports } from '@shared/domain/usage/usageReport'
import { runMonthlyReports } from '../../../../src/main/reports/monthlyRun'

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

async function main(): Promise<void> {
  const [caseName = 'design', period = '2026-12', outArg] = process.argv.slice(2)
  const options = caseName === 'stress' ? STRESS_CASE : DESIGN_CASE
  const today = parseCalendarDate('2027-01-05')
  let started = performance.now()
  const data = generateDemoData({ ...options, today })
  const billing = billingPeriod(period, data.settings.billingPeriodStartDay)
  const quarter = closesQuarter(billing.name) ? quarterOfPeriod(billing.name) : null
  const usagePeriods = new Set<string>(quarter ? periodsOfQuarter(quarter) : [billing.name])
  const usage = data.usage.filter((u) => usagePeriods.has(u.period))
  const common = { plans: data.plans, clients: data.clients, subscriptionPeriods: data.subscriptionPeriods }
  const invoices = buildInvoices({
    ...common,
    partners: data.partners,
    settings: data.settings,
    period: billing.name,
    invoiceDate: today,
    invoiceId: (p) => `concept|${p.id}`,
  })
  const usageReports = buildUsageReports({
    ...common,
    usage,
    period: billing.name,
    startDay: data.settings.billingPeriodStartDay,
    partnerIds: data.partners.map((p) => p.id),
  })
  const checkRows = quarter
    ? quarterlyCheck({
        ...common,
        quarter,
        partners: data.partners,
        usage,
        startDay: data.settings.billingPeriodStartDay,
        tolerancePercent: data.settings.checkTolerancePercent,
      })
    : null
  console.log(`${caseName}: ${data.partners.length} partners, ${data.clients.length} clients, computed in ${Math.round(performance.now() - started)} ms`)

  global.gc?.()
  const base = process.memoryUsage()
  let peakRss = base.rss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
  const folder = outArg ?? mkdtempSync(join(tmpdir(), 'monthly-run-'))
  mkdirSync(folder, { recursive: true })
  started = performance.now()
  let lastReport = 0
  const result = await runMonthlyReports(
    folder,
    {
      billing,
      context: { operatorName: data.settings.operator.name, generatedOn: today },
      partners: data.partners,
      plans: data.plans,
      invoices,
      usageReports,
      quarterlyCheck: quarter && checkRows ? { quarter, tolerancePercent: data.settings.checkTolerancePercent, rows: checkRows } : null,
    },
    {
      onProgress: (done, total, name) => {
        if (performance.now() - lastReport > 5000 || done === total) {
          lastReport = performance.now()
          console.log(`  ${done}/${total} ${name} (${mb(process.memoryUsage().rss)} rss)`)
        }
      },
    },
  )
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  const bytes = readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0)
  console.log(`${result.files.length} files, ${mb(bytes)} on disk, in ${seconds.toFixed(1)} s`)
  console.log(`rss before the run ${mb(base.rss)}, peak during the run ${mb(peakRss)} (+${mb(peakRss - base.rss)})`)
  if (outArg === undefined) rmSync(folder, { recursive: true, force: true })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
