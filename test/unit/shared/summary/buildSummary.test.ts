import { describe, expect, it } from 'vitest'
import { buildSummary, summarySchema, type SummaryFile } from '@shared/summary'
import { computeMonthlyJob } from '@shared/domain/monthlyJob/monthlyJob'
import { d } from '../domain/fixtures'
import { jobData } from '../../main/services/jobFixture'

const FILES: SummaryFile[] = [
  { kind: 'factuur', partnerId: 'p1', fileName: 'Factuur concept Zorggroep Noord 2026-12.xlsx' },
  { kind: 'verbruik', partnerId: 'p1', fileName: 'Verbruik Zorggroep Noord 2026-12.xlsx' },
  { kind: 'verbruik-overzicht', partnerId: null, fileName: 'Verbruik alle partners 2026-12.xlsx' },
]

function summaryOf(period: string, today = '2026-12-28') {
  const data = jobData()
  const job = computeMonthlyJob(data, period, d(today))
  return buildSummary({ ...job, plans: data.plans, generatedOn: d(today), backupExportedAt: '2026-12-28T08:00:00.000Z', files: FILES })
}

describe('buildSummary', () => {
  it('gives every partner its invoice total and lines, or none when there is nothing to bill', () => {
    const summary = summaryOf('2026-11')
    expect(summarySchema.safeParse(summary).success).toBe(true)
    expect(summary.partners.map((p) => [p.partnerId, p.invoice?.totalCents ?? null, p.invoice?.lines.length ?? 0])).toEqual([
      ['p1', 5161 + 968 + 8065, 3],
      ['p2', 2500, 1],
      ['p3', null, 0],
    ])
    expect(summary.totals).toMatchObject({ partners: 3, invoices: 2, invoiceTotalCents: 5161 + 968 + 8065 + 2500, files: 3 })
    expect(summary.partners[0]?.files).toEqual([FILES[0]?.fileName, FILES[1]?.fileName])
    expect(summary.quarter).toBeNull()
  })

  it('gives every client its plan, billed days, amount and usage; the check only when a quarter closes', () => {
    const summary = summaryOf('2026-11')
    expect(summary.clients).toEqual([
      {
        clientId: 'c1',
        clientNumber: '101',
        partnerId: 'p1',
        plan: 'PLUS',
        plans: ['PLUS'],
        billedDays: 16,
        amountCents: 5161,
        includedMinutes: 154.84,
        usageMinutes: 45,
        checkOutcome: null,
        recommendedPlan: null,
      },
      {
        clientId: 'c2',
        clientNumber: '102',
        partnerId: 'p1',
        plan: 'PLUS',
        plans: ['BASIS', 'PLUS'],
        billedDays: 31,
        amountCents: 968 + 8065,
        includedMinutes: 265.16,
        usageMinutes: 0,
        checkOutcome: null,
        recommendedPlan: null,
      },
      {
        clientId: 'c3',
        clientNumber: '201',
        partnerId: 'p2',
        plan: 'WAAKVLAM',
        plans: ['WAAKVLAM'],
        billedDays: 31,
        amountCents: 2500,
        includedMinutes: 30,
        usageMinutes: 12,
        checkOutcome: null,
        recommendedPlan: null,
      },
    ])
    const quarter = summaryOf('2026-12')
    expect(quarter.quarter).toBe('2026-Q4')
    expect(quarter.clients.map((c) => c.checkOutcome)).toEqual(['te kort actief', 'onder', 'binnen'])
    // A recommended plan only for the deviating client (onder); binnen and te kort actief get none.
    expect(quarter.clients.map((c) => c.recommendedPlan)).toEqual([null, expect.any(String), null])
    expect(quarter.quarterlyCheck).toMatchObject({ quarter: '2026-Q4' })
    expect(summaryOf('2026-11').quarterlyCheck).toBeNull()
  })

  it('marks the check VOORLOPIG when run before the last period of the quarter ended (2026-12 on 05-12-2026)', () => {
    const early = summaryOf('2026-12', '2026-12-05')
    expect(summarySchema.safeParse(early).success).toBe(true)
    expect(early.quarterlyCheck).toMatchObject({ quarter: '2026-Q4', provisional: true, lastPeriodRunning: true })
    expect(summaryOf('2026-12', '2026-12-28').quarterlyCheck).toMatchObject({ lastPeriodRunning: false })
  })

  it('is refused by its schema when a total does not add up', () => {
    const summary = summaryOf('2026-11')
    const invoice = summary.partners[0]!.invoice!
    const broken = { ...summary, partners: [{ ...summary.partners[0]!, invoice: { ...invoice, subtotalCents: invoice.subtotalCents + 1 } }] }
    const result = summarySchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['partners', 0, 'invoice', 'subtotalCents'])
  })
})
