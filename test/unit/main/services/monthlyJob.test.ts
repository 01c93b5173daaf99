import { describe, expect, it } from 'vitest'
import type { Invoice } from '@shared/model/invoice'
import { computeMonthlyJob, conceptInvoiceId, quarterClosedBy, standingFinalInvoices } from '@shared/domain/monthlyJob/monthlyJob'
import { withUsageFor } from '../../../../src/main/services/monthlyJob'
import { d } from '../../shared/domain/fixtures'
import { jobData } from './jobFixture'

describe('quarterClosedBy', () => {
  it.each([
    ['2026-03', '2026-Q1'],
    ['2026-06', '2026-Q2'],
    ['2026-09', '2026-Q3'],
    ['2026-12', '2026-Q4'],
    ['2026-01', null],
    ['2026-11', null],
  ])('%s → %s', (period, quarter) => {
    expect(quarterClosedBy(period)).toBe(quarter)
  })
})

describe('computeMonthlyJob', () => {
  it('bills pro rata per line and gives no invoice to a partner with nothing to bill', () => {
    const job = computeMonthlyJob(jobData(), '2026-11', d('2026-11-26'))
    expect(job.billing).toMatchObject({ from: '2026-10-26', last: '2026-11-25', days: 31 })
    expect(job.quarter).toBeNull()
    expect(job.checkRows).toBeNull()
    expect(job.invoices.map((i) => i.partnerId)).toEqual(['p1', 'p2'])
    const [p1, p2] = job.invoices
    // Spec rule 7: € 100,00 from 10-11-2026 is 16 of 31 days = € 51,61; basis 6 days = 967.7 → 968; plus 25 days = 8064.5 → 8065.
    expect(p1?.lines.map((l) => [l.clientNumber, l.planCode, l.billedDays, l.amountCents])).toEqual([
      ['101', 'PLUS', 16, 5161],
      ['102', 'BASIS', 6, 968],
      ['102', 'PLUS', 25, 8065],
    ])
    expect(p1).toMatchObject({
      status: 'concept',
      number: null,
      id: conceptInvoiceId('p1', '2026-11'),
      invoiceDate: '2026-11-26',
      totalCents: 5161 + 968 + 8065,
    })
    expect(p2?.totalCents).toBe(2500)
    expect(job.usageReports.map((r) => [r.partnerId, r.rows.length])).toEqual([
      ['p1', 2],
      ['p2', 1],
      ['p3', 0],
    ])
  })

  it('adds the quarterly check when the period closes a quarter', () => {
    const job = computeMonthlyJob(jobData(), '2026-12', d('2026-12-28'))
    expect(job.quarter).toBe('2026-Q4')
    expect(job.checkRows?.map((r) => [r.clientId, r.outcome])).toEqual([
      // c1 covered only 2026-11 (partly) and 2026-12: too short to judge.
      ['c1', 'te kort actief'],
      // c2 on Plus without any usage: at most the bundle of Basis in every period.
      ['c2', 'onder'],
      // c3 on Waakvlam, the smallest plan, is never below.
      ['c3', 'binnen'],
    ])
  })

  it('reproduces a standing final invoice instead of making a concept, unless a final credit note cancelled it', () => {
    const data = jobData()
    const concept = computeMonthlyJob(data, '2026-11', d('2026-11-26')).invoices[1]!
    const final: Invoice = { ...concept, id: 'inv-1', status: 'definitief', number: '2026-0007', finalisedDate: d('2026-11-27'), invoiceDate: d('2026-11-27') }
    const job = computeMonthlyJob({ ...data, invoices: [final] }, '2026-11', d('2026-12-01'))
    expect(job.invoices[1]).toBe(final)
    expect(job.invoices[0]?.status).toBe('concept')

    const credit: Invoice = { ...final, id: 'cred-1', kind: 'creditnota', number: '2026-0008', correctsInvoiceId: 'inv-1', correctsInvoiceNumber: '2026-0007' }
    const again = computeMonthlyJob({ ...data, invoices: [final, credit] }, '2026-11', d('2026-12-01'))
    expect(again.invoices[1]).toMatchObject({ status: 'concept', number: null, invoiceDate: '2026-12-01' })
  })
})

describe('standingFinalInvoices', () => {
  it('ignores concepts, other periods and a credit note that is still a concept', () => {
    const base = computeMonthlyJob(jobData(), '2026-11', d('2026-11-26')).invoices[0]!
    const final: Invoice = { ...base, id: 'f', status: 'definitief', number: '2026-0001' }
    const conceptCredit: Invoice = { ...final, id: 'c', kind: 'creditnota', status: 'concept', number: null, correctsInvoiceId: 'f' }
    const otherPeriod: Invoice = { ...final, id: 'o', period: '2026-10', number: '2026-0002' }
    expect([...standingFinalInvoices([base, final, conceptCredit, otherPeriod], '2026-11').values()].map((i) => i.id)).toEqual(['f'])
  })
})

describe('withUsageFor', () => {
  it('keeps the usage of the period, or of the whole quarter when the period closes one', () => {
    const data = jobData()
    expect(withUsageFor(data, '2026-11').usage.map((u) => u.id)).toEqual(['c1|2026-11', 'c3|2026-11'])
    expect(withUsageFor(data, '2026-12').usage.map((u) => u.id)).toEqual(['c1|2026-11', 'c3|2026-11', 'c3|2026-10'])
    expect(withUsageFor(data, '2026-09').usage).toEqual([])
  })

  it('changes nothing the job computes', () => {
    const data = jobData()
    for (const period of ['2026-11', '2026-12']) {
      expect(computeMonthlyJob(withUsageFor(data, period), period, d('2026-12-28'))).toEqual(computeMonthlyJob(data, period, d('2026-12-28')))
    }
  })
})
