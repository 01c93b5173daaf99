import { billingPeriod } from '@shared/calendar/billingPeriod'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { buildInvoices } from '@shared/domain/invoicing/buildInvoice'
import { creditInvoice } from '@shared/domain/invoicing/creditInvoice'
import { finaliseInvoice } from '@shared/domain/invoicing/numbering'
import { quarterlyCheck, type QuarterlyCheckRow } from '@shared/domain/quarterlyCheck/quarterlyCheck'
import { buildUsageReports, type UsageReport } from '@shared/domain/usage/usageReport'
import type { Client } from '@shared/model/client'
import type { Invoice } from '@shared/model/invoice'
import type { Partner } from '@shared/model/partner'
import type { SubscriptionPeriod } from '@shared/model/subscription'
import type { Usage } from '@shared/model/usage'
import { defaultSettings, type Settings } from '@shared/model/settings'
import { isValidBsn } from '@shared/model/bsn'
import { nameLookup } from '@shared/reports/names'
import { toCheckSheetRow, type QuarterlyCheckReport } from '@shared/reports/quarterlyCheckReport'
import { toPartnerUsageReport, type PartnerUsageReport } from '@shared/reports/usageReport'
import type { SignalListReport } from '@shared/reports/signalListReport'
import { PLANS, client, d, partner, period, usage } from '../../shared/domain/fixtures'

/**
 * A small but varied data set for the workbook tests, computed by the real domain engine: two partners
 * (one with the operator's own ECD, so its clients have a BSN), activations and a plan change inside the
 * period, a deregistration, usage with fractions, and data that tries formula injection.
 */

/** Text that a spreadsheet would run as a formula if written as is (spec X1). */
export const INJECTION_NAMES = ['=HYPERLINK("http://example.com","klik")', '+31 6 1234', '-2+3', '@SUM(A1:A2)', '\tTab', '\rCR', '\nLF'] as const

export const TODAY = d('2026-12-01')
export const CONTEXT = { operatorName: defaultSettings.operator.name, generatedOn: TODAY }

/** Valid BSNs (11-proef) for the own-ECD partner's clients; none may appear in any workbook. */
export function bsns(count: number): string[] {
  const found: string[] = []
  for (let n = 100_000_000; found.length < count; n += 7) {
    const text = String(n)
    if (isValidBsn(text)) found.push(text)
  }
  return found
}

export interface Fixture {
  readonly partners: Partner[]
  readonly clients: Client[]
  readonly periods: SubscriptionPeriod[]
  readonly usage: Usage[]
  readonly settings: Settings
  readonly bsns: string[]
}

export function fixture(clientsPerPartner = 30): Fixture {
  const noord = partner({ id: 'p1', name: 'Zorggroep Noord', shortCode: 'ZGN', ecdMode: 'eigen', debtorReference: 'DEB-0042' })
  const zuid = partner({
    id: 'p2',
    name: "Zorg & Welzijn 'De Brug' / Zuid",
    shortCode: 'ZWB',
    invoiceAddress: { street: 'Kerkstraat 12a', postcode: '5211 AB', city: "'s-Hertogenbosch" },
  })
  const clients: Client[] = []
  const periods: SubscriptionPeriod[] = []
  const used: Usage[] = []
  const ids = bsns(clientsPerPartner)
  const plans = ['basis', 'plus', 'intensief', 'waakvlam']
  for (let i = 0; i < clientsPerPartner; i++) {
    const id = `c${i + 1}`
    // A short name: on one line with the phone it would still fit the column, so a lost line break shows.
    const begeleider = i === 4 ? { begeleider: { name: 'Ali', email: '', phone: '0687654321' } } : {}
    clients.push(
      client({
        id,
        partnerId: 'p1',
        clientNumber: String(1000 + i),
        firstName: 'Maria',
        lastName: `de Vries-Jansen ${i + 1}`,
        bsn: ids[i]!,
        birthDate: d('1950-03-14'),
        ...begeleider,
      }),
    )
    const planId = plans[i % plans.length]!
    if (i === 0)
      periods.push(period(id, 'plus', '2026-11-10', null)) // activated 10-11-2026: 16 of 31 days
    else if (i === 1)
      periods.push(period(id, 'basis', '2026-01-12', '2026-11-15'), period(id, 'plus', '2026-11-15', null)) // plan change
    else if (i === 2)
      periods.push(period(id, 'basis', '2026-01-12', '2026-11-20')) // deregistered
    else periods.push(period(id, planId, '2026-01-12', null))
    for (const [p, n] of [
      ['2026-10', 0],
      ['2026-11', 1],
      ['2026-12', 2],
    ] as const) {
      const base = ((i * 37 + n * 11) % 140) + (i % 5 === 0 ? 250 : 0)
      used.push(usage(id, p, base + 0.25 * (i % 4), (i % 3) * 5.5, (i + n) % 6, 'p1'))
    }
  }
  INJECTION_NAMES.forEach((name, i) => {
    const id = `z${i + 1}`
    clients.push(client({ id, partnerId: 'p2', clientNumber: i === 0 ? '=1+1' : `Z-${String(i).padStart(3, '0')}`, firstName: name, lastName: 'Test' }))
    periods.push(period(id, i % 2 === 0 ? 'plus' : 'basis', '2026-06-01', null))
    for (const p of ['2026-10', '2026-11', '2026-12']) used.push(usage(id, p, 100 + i * 40.5, 2.25, 3, 'p2'))
  })
  return { partners: [noord, zuid], clients, periods, usage: used, settings: defaultSettings, bsns: ids }
}

export function invoicesFor(f: Fixture, settings: Settings = f.settings, invoiceDate: CalendarDate = TODAY): Invoice[] {
  return buildInvoices({
    plans: PLANS,
    clients: f.clients,
    subscriptionPeriods: f.periods,
    settings,
    period: '2026-11',
    invoiceDate,
    partners: f.partners,
    invoiceId: (p) => `inv-${p.id}`,
  })
}

/** A final invoice at 21% VAT and the credit invoice that corrects it. */
export function finalAndCredit(f: Fixture): { final: Invoice; credit: Invoice } {
  const concept = invoicesFor(f, { ...f.settings, vatRatePercent: 21, vatExemptionText: '' })[0]!
  const final = finaliseInvoice(concept, { existingNumbers: [], finalisedDate: TODAY, paymentTermDays: 30 })
  const credit = finaliseInvoice(creditInvoice(final, { id: 'credit-1', invoiceDate: d('2026-12-10'), paymentTermDays: 30 }), {
    existingNumbers: [final.number!],
    finalisedDate: d('2026-12-10'),
    paymentTermDays: 30,
  })
  return { final, credit }
}

export function usageReportsFor(f: Fixture): UsageReport[] {
  return buildUsageReports({
    plans: PLANS,
    clients: f.clients,
    subscriptionPeriods: f.periods,
    usage: f.usage,
    period: '2026-11',
    startDay: 26,
    partnerIds: f.partners.map((p) => p.id),
  })
}

export function partnerUsageReports(f: Fixture): PartnerUsageReport[] {
  const names = nameLookup(f.partners, PLANS)
  return usageReportsFor(f).map((r) => toPartnerUsageReport(r, names.partnerName(r.partnerId)))
}

export function checkRowsFor(f: Fixture): QuarterlyCheckRow[] {
  return quarterlyCheck({
    quarter: '2026-Q4',
    partners: f.partners,
    plans: PLANS,
    clients: f.clients,
    subscriptionPeriods: f.periods,
    usage: f.usage,
    startDay: 26,
    tolerancePercent: 10,
  })
}

export function checkReport(f: Fixture): QuarterlyCheckReport {
  const names = nameLookup(f.partners, PLANS)
  return { quarter: '2026-Q4', periods: ['2026-10', '2026-11', '2026-12'], tolerancePercent: 10, rows: checkRowsFor(f).map((r) => toCheckSheetRow(r, names)) }
}

export function signalReport(): SignalListReport {
  return {
    title: 'Afmeldingen te verwerken',
    description: 'Ontvangen afmeldingen die nog niet zijn verwerkt, met de berekende ingangsdatum. Termijn: 10 werkdagen na ontvangst.',
    today: TODAY,
    extraColumns: [
      { header: 'Ontvangen', kind: 'date' },
      { header: 'Ingangsdatum', kind: 'date' },
    ],
    rows: [
      {
        partnerName: 'Zorggroep Noord',
        clientNumber: '1003',
        clientName: 'Maria de Vries-Jansen 3',
        deadline: d('2026-11-24'),
        workingDaysLeft: -5,
        overdue: true,
        action: 'Afmelding verwerken per 20-11-2026 (eerste dag die niet meer wordt gefactureerd)',
        extra: ['2026-11-10', '2026-11-20'],
      },
      {
        partnerName: 'Zorggroep Noord',
        clientNumber: '1007',
        clientName: 'Maria de Vries-Jansen 7',
        deadline: d('2026-12-01'),
        workingDaysLeft: 0,
        overdue: false,
        action: 'Afmelding verwerken per 01-12-2026',
        extra: ['2026-11-17', '2026-12-01'],
      },
      {
        partnerName: "Zorg & Welzijn 'De Brug' / Zuid",
        clientNumber: '=1+1',
        clientName: '=HYPERLINK("http://example.com","klik") Test',
        deadline: d('2026-12-09'),
        workingDaysLeft: 6,
        overdue: false,
        action: '-Afmelding verwerken per 31-12-2026',
        extra: ['2026-11-25', '2026-12-31'],
      },
    ],
  }
}

export const PERIOD_2026_11 = billingPeriod('2026-11', 26)
