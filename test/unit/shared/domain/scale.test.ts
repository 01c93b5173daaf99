import { describe, expect, it } from 'vitest'
import { periodNamesBetween } from '@shared/calendar/billingPeriod'
import { addDays } from '@shared/calendar/dateMath'
import { buildInvoices } from '@shared/domain/invoicing/buildInvoice'
import { quarterlyCheck } from '@shared/domain/quarterlyCheck/quarterlyCheck'
import { computeSignalLists } from '@shared/domain/signals'
import { buildUsageReports } from '@shared/domain/usage/usageReport'
import { checkAllSubscriptionPeriods } from '@shared/domain/lifecycle/subscriptionPeriods'
import type { Client } from '@shared/model/client'
import type { SubscriptionPeriod } from '@shared/model/subscription'
import type { Usage } from '@shared/model/usage'
import { PLANS, SETTINGS, client, d, partner } from './fixtures'

/**
 * Spec: "must stay fast at 100,000 clients, 500 partners and 24 months of usage". These tests check that every
 * engine function gives complete results at that size; how fast is measured by `npm run bench`, not here.
 * The suite's timeout is only a watchdog: an accidental O(n²) at this size would take many minutes.
 */
describe('scale: 100,000 clients, 500 partners, 24 months of usage', { timeout: 120_000 }, () => {
  const partners = Array.from({ length: 500 }, (_, i) => partner({ id: `p${i}` }))
  const clients: Client[] = []
  const periods: SubscriptionPeriod[] = []
  const usage: Usage[] = []
  const months = periodNamesBetween('2025-01', '2026-12')
  for (let i = 0; i < 100_000; i++) {
    const id = `c${i}`
    const partnerId = `p${i % 500}`
    const activation = addDays(d('2024-12-01'), i % 400)
    clients.push(client({ id, partnerId, clientNumber: String(i), activationDate: activation }))
    const change = addDays(activation, 200)
    periods.push({ id: `${id}a`, clientId: id, planId: PLANS[i % 4]!.id, from: activation, until: change })
    periods.push({ id: `${id}b`, clientId: id, planId: PLANS[(i + 1) % 4]!.id, from: change, until: null })
    for (const m of months)
      usage.push({ id: `${id}|${m}`, clientId: id, partnerId, period: m, callMinutes: (i * 7) % 500, registrationMinutes: i % 30, contacts: i % 5 })
  }

  it('invoices for every partner', () => {
    const invoices = buildInvoices({
      partners,
      plans: PLANS,
      clients,
      subscriptionPeriods: periods,
      settings: SETTINGS,
      period: '2026-11',
      invoiceDate: d('2026-11-26'),
      invoiceId: (p) => `i-${p.id}`,
    })
    expect(invoices).toHaveLength(500)
    expect(invoices.reduce((n, i) => n + i.lines.length, 0)).toBeGreaterThanOrEqual(100_000)
  })

  it('usage reports for every partner', () => {
    const reports = buildUsageReports({
      partnerIds: partners.map((p) => p.id),
      plans: PLANS,
      clients,
      subscriptionPeriods: periods,
      usage,
      period: '2026-11',
      startDay: 26,
    })
    expect(reports.reduce((n, r) => n + r.rows.length, 0)).toBe(100_000)
  })

  it('quarterly check', () => {
    const rows = quarterlyCheck({
      quarter: '2026-Q3',
      partners,
      plans: PLANS,
      clients,
      subscriptionPeriods: periods,
      usage,
      startDay: 26,
      tolerancePercent: 10,
    })
    expect(rows).toHaveLength(100_000)
  })

  it('signal lists and the period invariants', () => {
    const lists = computeSignalLists({
      today: d('2026-12-07'),
      settings: SETTINGS,
      partners,
      plans: PLANS,
      clients,
      subscriptionPeriods: periods,
      changeRequests: [],
      deregistrations: [],
      usage,
    })
    expect(lists.find((l) => l.key === 'intakeformulier-ontbreekt')?.rows).toHaveLength(100_000)
    const violations = checkAllSubscriptionPeriods(clients, periods, [])
    expect(violations).toEqual([])
  })
})
