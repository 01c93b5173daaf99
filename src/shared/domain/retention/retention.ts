import type { CalendarDate } from '../../calendar/calendarDate'
import { makeDate } from '../../calendar/dateMath'
import { ANONYMISED_VALUE, anonymisationAllowedFrom } from '../../model/clientRules'
import type { Client } from '../../model/client'
import type { Invoice, InvoiceLine } from '../../model/invoice'
import type { Deregistration } from '../../model/subscription'

/**
 * Retention (spec "Privacy and security", docs/retention.md): when a client's personal data, and the client
 * names in a final invoice's frozen copy, are due for anonymisation. Pure; `today` is always a parameter.
 */

/** A client that may be anonymised: deregistered, and since when its retention period has ended. */
export interface DueClient {
  readonly clientId: string
  /** The effective date of its latest processed deregistration (the first day no longer billed). */
  readonly deregisteredOn: CalendarDate
  /** The first day anonymisation is allowed: the deregistration plus the retention period. */
  readonly dueSince: CalendarDate
}

/**
 * The effective deregistration of a client: its latest processed deregistration (a client registered again
 * has an earlier one too); undefined when none was processed.
 */
export function effectiveDeregistration(deregistrations: readonly Pick<Deregistration, 'effectiveDate' | 'processedDate'>[]): CalendarDate | undefined {
  let latest: CalendarDate | undefined
  for (const d of deregistrations) {
    if (d.processedDate !== null && (latest === undefined || d.effectiveDate > latest)) latest = d.effectiveDate
  }
  return latest
}

/**
 * The clients due for anonymisation on `today`: status `afgemeld`, not anonymised yet, with a processed
 * deregistration whose retention period (`retentionMonths`) has ended on or before `today`. Longest due
 * first, then by client id, so the order is stable.
 */
export function clientsDueForAnonymisation(
  clients: readonly Pick<Client, 'id' | 'status' | 'anonymisedDate'>[],
  deregistrationsOf: (clientId: string) => readonly Pick<Deregistration, 'effectiveDate' | 'processedDate'>[],
  retentionMonths: number,
  today: CalendarDate,
): DueClient[] {
  const due: DueClient[] = []
  for (const client of clients) {
    if (client.status !== 'afgemeld' || client.anonymisedDate !== null) continue
    const deregisteredOn = effectiveDeregistration(deregistrationsOf(client.id))
    if (deregisteredOn === undefined) continue
    const dueSince = anonymisationAllowedFrom(deregisteredOn, retentionMonths)
    if (dueSince <= today) due.push({ clientId: client.id, deregisteredOn, dueSince })
  }
  return due.sort((a, b) => a.dueSince.localeCompare(b.dueSince) || a.clientId.localeCompare(b.clientId))
}

/** The fiscal retention of invoices in years (AWR art. 52): counted from the end of the invoice's year. */
export const FISCAL_RETENTION_YEARS = 7

/**
 * The first day a final invoice's frozen client names may be anonymised: the day after the end of the 7th
 * calendar year after the invoice year (invoice 15-03-2026 → kept through 31-12-2033, due 01-01-2034).
 */
export function frozenCopyDueFrom(invoiceDate: CalendarDate): CalendarDate {
  return makeDate(Number(invoiceDate.slice(0, 4)) + FISCAL_RETENTION_YEARS + 1, 1, 1)
}

/**
 * The highest invoice year whose copies are due on `today`; every final invoice of this year or earlier is
 * due. Lets the data layer read only the index range of those years.
 */
export function lastDueInvoiceYear(today: CalendarDate): number {
  return Number(today.slice(0, 4)) - FISCAL_RETENTION_YEARS - 1
}

/** What the frozen-copy rules read of an invoice's lines. */
export interface WithLines {
  readonly lines: readonly Pick<InvoiceLine, 'clientName'>[]
}

/** Whether a frozen copy still names a client (some line not anonymised yet). */
export function namesClients(invoice: WithLines): boolean {
  return invoice.lines.some((line) => line.clientName !== ANONYMISED_VALUE)
}

/**
 * Whether `invoice`'s frozen copy is due on `today`: final (a concept is no copy, it is made again), its
 * fiscal retention over, and some client name still in it.
 */
export function isFrozenCopyDue(invoice: Pick<Invoice, 'status' | 'invoiceDate'> & WithLines, today: CalendarDate): boolean {
  return invoice.status === 'definitief' && frozenCopyDueFrom(invoice.invoiceDate) <= today && namesClients(invoice)
}

/**
 * The invoice with the client names in its lines removed. Amounts, dates, numbers, plans, client numbers and
 * the partner's (organisation) data stay, so the invoice, its totals and the series stay as they were.
 */
export function anonymiseFrozenCopy<L extends Pick<InvoiceLine, 'clientName'>, T extends { readonly lines: readonly L[] }>(invoice: T): T {
  return { ...invoice, lines: invoice.lines.map((line): L => ({ ...line, clientName: ANONYMISED_VALUE })) }
}
