import { billingPeriod, periodNameOf, type BillingPeriod } from '../calendar/billingPeriod'
import type { CalendarDate } from '../calendar/calendarDate'
import { coveredSegments } from '../domain/coverage'
import { groupPeriodsByClient, subscriptionOn } from '../domain/lifecycle/subscriptionPeriods'
import { aggregateContactRows, type ContactUsageRow } from '../domain/usage/aggregate'
import { roundMinutes } from '../domain/rounding'
import { formatDate } from '../format/date'
import type { PeriodName } from '../model/common'
import type { SubscriptionPeriod } from '../model/subscription'
import { MAX_MINUTES_PER_PERIOD, usageId, type Usage } from '../model/usage'
import { importProblem, type ImportProblem } from '../problems/import'
import { ClientNumberIndex, type ImportClientKey, type ImportPartner } from './clientLookup'
import { recogniseUsageColumns, type UsageColumns, type UsageField, type UsageShape } from './usageColumns'
import { cellText, isBlankRow, type TableCell, type TableRow } from './table'
import { readCount, readDate, readMinutes, readPeriod, readsTwoWays, weighDecimalStyle, type DecimalStyle, type MinutesLimit } from './values'

/** What the import checks rows against: the clients, their subscription periods and the settings. */
export interface UsageImportLookups {
  readonly today: CalendarDate
  /** Settings `billingPeriodStartDay`. */
  readonly startDay: number
  readonly partners: readonly ImportPartner[]
  readonly clients: readonly ImportClientKey[]
  readonly subscriptionPeriods: readonly SubscriptionPeriod[]
}

/** A row left out, with the line the clerk finds it on and every reason (problems, worded where shown). */
export interface RejectedUsageRow {
  readonly line: number
  readonly clientNumber: string
  readonly problems: readonly ImportProblem[]
}

/**
 * How the import read fractions, and why: from the file's own cells (`file`), by the clerk's choice (`clerk`),
 * or Dutch for want of any evidence (`default`). With `default` and lines holding a number that reads two
 * ways (`12.345`), nothing may be stored until the clerk has chosen (`needsChoice`).
 */
export interface DecimalChoice {
  readonly style: DecimalStyle
  readonly basis: 'file' | 'clerk' | 'default'
  readonly commaCells: number
  readonly pointCells: number
  /** File lines with a minute or count cell that reads differently with the other style. */
  readonly twoWayLines: number[]
  readonly needsChoice: boolean
}

export interface UsageImportPreview {
  readonly shape: UsageShape
  readonly recognised: UsageColumns['recognised']
  readonly ignored: UsageColumns['ignored']
  readonly decimalStyle: DecimalStyle
  readonly decimal: DecimalChoice
  /** Non-empty rows below the header. */
  readonly dataRows: number
  readonly acceptedRows: number
  /** In file order. */
  readonly rejected: RejectedUsageRow[]
  /** What confirming stores: one record per client per period (contact rows summed), by period and client. */
  readonly usage: Usage[]
  readonly periods: PeriodName[]
  /**
   * Usage ids (`client|period`) for which some rows were accepted and others rejected for their content.
   * Confirming replaces that period's usage with the accepted rows only, so the preview warns about them.
   */
  readonly partialUsageIds: string[]
}

export type UsageImportCheck = { readonly ok: true; readonly preview: UsageImportPreview } | { readonly ok: false; readonly problem: ImportProblem }

export interface UsageImportOptions {
  /** The clerk's choice of decimal style, which overrides what the file's cells suggest. */
  readonly decimalStyle?: DecimalStyle
  /** Called every `progressEvery` rows (and at the end) with rows done and rows in total. */
  readonly onProgress?: (done: number, total: number) => void
  readonly progressEvery?: number
}

/** One contact cannot take longer than a day; one period not longer than its days (a lost decimal comma shows up here). */
const CONTACT_LIMIT: MinutesLimit = { minutes: 24 * 60, per: 'contact' }
const PERIOD_LIMIT: MinutesLimit = { minutes: MAX_MINUTES_PER_PERIOD, per: 'period' }

interface RowContext {
  readonly columns: UsageColumns
  readonly style: DecimalStyle
  readonly lookups: UsageImportLookups
  readonly clients: ClientNumberIndex
  readonly periodsByClient: ReadonlyMap<string, SubscriptionPeriod[]>
  readonly billing: (name: PeriodName) => BillingPeriod
}

/** A row that passed every check, before the duplicate check and aggregation. */
interface GoodRow {
  readonly clientId: string
  readonly partnerId: string
  readonly period: PeriodName
  readonly date: CalendarDate | null
  readonly duplicateKey: string
  readonly callMinutes: number
  readonly registrationMinutes: number
  readonly contacts: number
}

/** Why a row was refused; `usageKey` when the client and period were known (for the partial-period warning). */
interface BadRow {
  readonly reasons: ImportProblem[]
  readonly usageKey: string | null
}

const cell = (row: TableRow, ctx: RowContext, field: UsageField): TableCell | undefined => {
  const i = ctx.columns.index[field]
  return i === undefined ? undefined : row.cells[i]
}

function checkPeriodRow(row: TableRow, ctx: RowContext, client: ImportClientKey | null, reasons: ImportProblem[]): { period: PeriodName | null } {
  const read = readPeriod(cell(row, ctx, 'period'))
  if (read === null) reasons.push(importProblem('import.periodMissing'))
  else if (!read.ok) reasons.push(read.problem)
  if (read === null || !read.ok) return { period: null }
  const billing = ctx.billing(read.value)
  if (billing.from > ctx.lookups.today) reasons.push(importProblem('import.periodNotStarted', { period: read.value, from: formatDate(billing.from) }))
  else if (client !== null && coveredSegments(ctx.periodsByClient.get(client.id) ?? [], billing).length === 0) {
    reasons.push(importProblem('import.noSubscriptionInPeriod', { period: read.value, from: formatDate(billing.from), last: formatDate(billing.last) }))
  }
  return { period: read.value }
}

function checkContactDate(
  row: TableRow,
  ctx: RowContext,
  client: ImportClientKey | null,
  reasons: ImportProblem[],
): { period: PeriodName | null; date: CalendarDate | null; time: string | null } {
  const read = readDate(cell(row, ctx, 'date'))
  if (read === null) reasons.push(importProblem('import.dateMissing'))
  else if (!read.ok) reasons.push(read.problem)
  if (read === null || !read.ok) return { period: null, date: null, time: null }
  const { date, time } = read.value
  const period = periodNameOf(date, ctx.lookups.startDay)
  if (date > ctx.lookups.today) {
    reasons.push(importProblem('import.dateInFuture', { date: formatDate(date) }))
    return { period, date, time }
  }
  // A file with both Datum and Periode: the date must fall in the period it was exported under.
  const stated = ctx.columns.index.period === undefined ? null : readPeriod(cell(row, ctx, 'period'))
  if (stated !== null && !stated.ok) reasons.push(stated.problem)
  else if (stated !== null && stated.value !== period) {
    const billing = ctx.billing(stated.value)
    reasons.push(
      importProblem('import.dateOutsidePeriod', {
        date: formatDate(date),
        period: stated.value,
        from: formatDate(billing.from),
        last: formatDate(billing.last),
      }),
    )
  }
  if (client !== null && subscriptionOn(ctx.periodsByClient.get(client.id) ?? [], date) === null) {
    reasons.push(importProblem('import.dateOutsideSubscriptions', { date: formatDate(date) }))
  }
  return { period, date, time }
}

function checkRow(row: TableRow, ctx: RowContext): GoodRow | BadRow {
  const reasons: ImportProblem[] = []
  const found = ctx.clients.find(cell(row, ctx, 'clientNumber'), ctx.columns.index.partner === undefined ? undefined : cell(row, ctx, 'partner'))
  if (!found.ok) reasons.push(found.problem)
  const client = found.ok ? found.client : null
  const contact = ctx.columns.shape === 'contact'
  const when = contact ? checkContactDate(row, ctx, client, reasons) : { ...checkPeriodRow(row, ctx, client, reasons), date: null, time: null }
  const limit = contact ? CONTACT_LIMIT : PERIOD_LIMIT
  const call = readMinutes(cell(row, ctx, 'callMinutes'), ctx.style, 'callMinutes', limit)
  const registration = readMinutes(cell(row, ctx, 'registrationMinutes'), ctx.style, 'registrationMinutes', limit)
  const contacts = contact ? ({ ok: true, value: 1 } as const) : readCount(cell(row, ctx, 'contacts'), ctx.style, 'contacts')
  for (const read of [call, registration, contacts]) if (!read.ok) reasons.push(read.problem)
  if (reasons.length > 0 || client === null || when.period === null || !call.ok || !registration.ok || !contacts.ok) {
    const usageKey = client !== null && when.period !== null ? usageId(client.id, when.period) : null
    return { reasons, usageKey }
  }
  const duplicateKey = contact ? `${client.id}|${when.date ?? ''}|${when.time ?? ''}|${call.value}|${registration.value}` : usageId(client.id, when.period)
  return {
    clientId: client.id,
    partnerId: client.partnerId,
    period: when.period,
    date: when.date,
    duplicateKey,
    callMinutes: call.value,
    registrationMinutes: registration.value,
    contacts: contacts.value,
  }
}

function duplicateReason(shape: UsageShape, clientNumber: string, period: PeriodName, firstLine: number): ImportProblem {
  return shape === 'contact'
    ? importProblem('import.duplicateContactRow', { firstLine })
    : importProblem('import.duplicatePeriodRow', { clientNumber, period, firstLine })
}

function toUsage(shape: UsageShape, good: readonly GoodRow[], startDay: number): Usage[] {
  if (shape === 'contact') {
    const rows: ContactUsageRow[] = good.map((g) => ({
      clientId: g.clientId,
      date: g.date!,
      callMinutes: g.callMinutes,
      registrationMinutes: g.registrationMinutes,
    }))
    return aggregateContactRows(rows, startDay, new Map(good.map((g) => [g.clientId, g.partnerId])))
  }
  return good
    .map((g) => ({
      id: usageId(g.clientId, g.period),
      clientId: g.clientId,
      partnerId: g.partnerId,
      period: g.period,
      callMinutes: roundMinutes(g.callMinutes),
      registrationMinutes: roundMinutes(g.registrationMinutes),
      contacts: g.contacts,
    }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0))
}

/**
 * Checks a whole usage file (spec "Data in and out", Usage) and says what confirming would store, without
 * storing anything. Each row is accepted or rejected with every reason: unknown client number (or one that
 * several partners use while the file has no Partner column), a date or period that is missing, unreadable,
 * in the future or outside the client's subscription periods, minutes that are negative, not a number or
 * impossible, and duplicate rows (the first one counts). Contact rows are summed per client per billing
 * period with the domain's `aggregateContactRows`.
 */
export function checkUsageImport(rows: readonly TableRow[], lookups: UsageImportLookups, options: UsageImportOptions = {}): UsageImportCheck {
  const found = recogniseUsageColumns(rows)
  if (!found.ok) return found
  const { columns } = found
  const data = rows.slice(columns.headerIndex + 1).filter((row) => !isBlankRow(row))
  if (data.length === 0) return { ok: false, problem: importProblem('import.noRows', { line: columns.headerLine }) }

  const minuteColumns = [columns.index.callMinutes, columns.index.registrationMinutes, columns.index.contacts].filter((i): i is number => i !== undefined)
  const evidence = weighDecimalStyle(data.flatMap((row) => minuteColumns.map((i) => row.cells[i] ?? null)))
  const style = options.decimalStyle ?? evidence.style
  const basis = options.decimalStyle !== undefined ? 'clerk' : evidence.commaCells + evidence.pointCells > 0 ? 'file' : 'default'
  const twoWayLines = data.filter((row) => minuteColumns.some((i) => readsTwoWays(row.cells[i] ?? null))).map((row) => row.line)
  const decimal: DecimalChoice = {
    style,
    basis,
    commaCells: evidence.commaCells,
    pointCells: evidence.pointCells,
    twoWayLines,
    needsChoice: basis === 'default' && twoWayLines.length > 0,
  }
  const billings = new Map<PeriodName, BillingPeriod>()
  const ctx: RowContext = {
    columns,
    style,
    lookups,
    clients: new ClientNumberIndex(lookups.partners, lookups.clients),
    periodsByClient: groupPeriodsByClient(lookups.subscriptionPeriods),
    billing: (name) => {
      let b = billings.get(name)
      if (b === undefined) billings.set(name, (b = billingPeriod(name, lookups.startDay)))
      return b
    },
  }

  const every = options.progressEvery ?? 2000
  const rejected: RejectedUsageRow[] = []
  const good: GoodRow[] = []
  const firstLine = new Map<string, number>()
  const partial = new Set<string>()
  data.forEach((row, i) => {
    if (options.onProgress && i > 0 && i % every === 0) options.onProgress(i, data.length)
    const clientNumber = cellText(row.cells[columns.index.clientNumber ?? -1])
    const checked = checkRow(row, ctx)
    if ('reasons' in checked) {
      rejected.push({ line: row.line, clientNumber, problems: checked.reasons })
      if (checked.usageKey !== null) partial.add(checked.usageKey)
      return
    }
    const first = firstLine.get(checked.duplicateKey)
    if (first !== undefined) {
      rejected.push({ line: row.line, clientNumber, problems: [duplicateReason(columns.shape, clientNumber, checked.period, first)] })
      return
    }
    firstLine.set(checked.duplicateKey, row.line)
    good.push(checked)
  })
  options.onProgress?.(data.length, data.length)

  const usage = toUsage(columns.shape, good, lookups.startDay)
  const stored = new Set(usage.map((u) => u.id))
  return {
    ok: true,
    preview: {
      shape: columns.shape,
      recognised: columns.recognised,
      ignored: columns.ignored,
      decimalStyle: style,
      decimal,
      dataRows: data.length,
      acceptedRows: good.length,
      rejected,
      usage,
      periods: [...new Set(usage.map((u) => u.period))].sort(),
      partialUsageIds: [...partial].filter((id) => stored.has(id)).sort(),
    },
  }
}
