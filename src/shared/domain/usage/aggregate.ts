import { periodNameOf } from '../../calendar/billingPeriod'
import type { CalendarDate } from '../../calendar/calendarDate'
import type { PeriodName } from '../../model/common'
import { usageId, type Usage } from '../../model/usage'
import { DomainRuleError } from '../errors'
import { roundMinutes } from '../rounding'

/** One contact from the telephony/registration export (spec: Usage), client already resolved to its id. */
export interface ContactUsageRow {
  readonly clientId: string
  readonly date: CalendarDate
  readonly callMinutes: number
  readonly registrationMinutes: number
}

/**
 * Spec: Usage. Contact-level rows → one Usage per client per billing period (sum of call minutes, sum of
 * registration minutes, number of rows as contacts). Sums are rounded to hundredths of a minute so float
 * noise from decimal exports (0,1 + 0,2) never reaches a report. The ids are `clientId|period`, so writing
 * the result replaces that period's usage of those clients instead of adding to it.
 */
export function aggregateContactRows(rows: readonly ContactUsageRow[], startDay: number, partnerIdByClient: ReadonlyMap<string, string>): Usage[] {
  const totals = new Map<string, Usage>()
  for (const row of rows) {
    if (!(row.callMinutes >= 0 && row.registrationMinutes >= 0 && Number.isFinite(row.callMinutes + row.registrationMinutes))) {
      throw new DomainRuleError('ongeldige-minuten', { clientId: row.clientId, date: row.date })
    }
    const period = periodNameOf(row.date, startDay)
    const id = usageId(row.clientId, period)
    let entry = totals.get(id)
    if (!entry) {
      const partnerId = partnerIdByClient.get(row.clientId)
      if (partnerId === undefined) throw new DomainRuleError('onbekende-client', { clientId: row.clientId })
      entry = { id, clientId: row.clientId, partnerId, period, callMinutes: 0, registrationMinutes: 0, contacts: 0 }
      totals.set(id, entry)
    }
    entry.callMinutes += row.callMinutes
    entry.registrationMinutes += row.registrationMinutes
    entry.contacts += 1
  }
  const result = [...totals.values()]
  for (const u of result) {
    u.callMinutes = roundMinutes(u.callMinutes)
    u.registrationMinutes = roundMinutes(u.registrationMinutes)
  }
  return result.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0))
}

/** Registration minutes count towards the subscription (spec: Usage, seed 001). */
export function usageMinutes(usage: Pick<Usage, 'callMinutes' | 'registrationMinutes'> | undefined): number {
  return usage === undefined ? 0 : roundMinutes(usage.callMinutes + usage.registrationMinutes)
}

/** A client's usage of a billing period, found in constant time. */
export interface UsageIndex {
  get(clientId: string, period: PeriodName): Usage | undefined
}

/**
 * Usage indexed by period, then client, for reports and checks. Looking up by the two ids as they are avoids
 * building a `clientId|period` string per lookup, which at 100,000 clients was most of the quarterly check's time.
 * Like a `Map` built from the rows, a later row of the same client and period wins.
 */
export function indexUsage(usage: readonly Usage[]): UsageIndex {
  const byPeriod = new Map<PeriodName, Map<string, Usage>>()
  for (const u of usage) {
    let clients = byPeriod.get(u.period)
    if (clients === undefined) {
      clients = new Map()
      byPeriod.set(u.period, clients)
    }
    clients.set(u.clientId, u)
  }
  return { get: (clientId, period) => byPeriod.get(period)?.get(clientId) }
}
