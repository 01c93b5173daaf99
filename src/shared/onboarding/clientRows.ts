import type { CalendarDate } from '../calendar/calendarDate'
import { cellText, headerKey, type TableRow } from '../import/table'
import { formatDate } from '../format/date'
import type { Begeleider, ClientStatus, Intake, Representative } from '../model/client'
import type { EcdMode } from '../model/partner'
import { onboardingProblem, type OnboardingProblem } from '../problems/onboarding'
import { readBsn, readCalendarDate, readChoice, readEmail, readPhone, readText, readYesNo } from './cells'
import type { ColumnChoices, ColumnMatch } from './columnMapping'
import { CLIENT_FIELDS, FIXED_CHOICES, type ClientFieldKey } from './fields'
import { fileRows } from './fileRows'
import { buildPeriods, type BuiltPeriod, type PlanRow } from './planHistory'
import { RowReader, type RowProblem } from './rowReader'

export interface ImportPartnerRef {
  readonly id: string
  readonly name: string
  readonly shortCode: string
  readonly ecdMode: EcdMode
}

export interface ImportPlanRef {
  readonly id: string
  readonly code: string
  readonly name: string
}

export interface ClientImportLookups {
  readonly today: CalendarDate
  readonly partners: readonly ImportPartnerRef[]
  readonly plans: readonly ImportPlanRef[]
  /**
   * Whether the partner already has a client with this number. A stored client's BSN may be left out (an
   * export without BSNs): the import keeps the stored one, so only a new client of an `eigen` partner needs it.
   */
  readonly isStored?: (partnerId: string, clientNumber: string) => boolean
}

/** A deregistration as the previous system recorded it: taken as it is (historical), not computed again. */
export interface HistoricalDeregistration {
  readonly receivedDate: CalendarDate
  readonly requestedDate: CalendarDate
  readonly effectiveDate: CalendarDate
}

/** A client as the file gives it, with its subscription periods built from its plan rows. */
export interface ParsedClient {
  /** The client's first row in the file, and every row that belongs to it. */
  readonly line: number
  readonly lines: readonly number[]
  readonly partnerId: string
  /** As in the file; null for an `eigen` partner's client without a number (one is assigned when stored). */
  readonly clientNumber: string | null
  readonly firstName: string
  readonly lastName: string
  readonly birthDate: CalendarDate | null
  readonly bsn: string
  readonly begeleider: Begeleider
  readonly representatives: readonly Representative[]
  readonly status: ClientStatus
  readonly registrationPlanId: string
  readonly registrationReceivedDate: CalendarDate
  readonly activationDate: CalendarDate | null
  readonly intake: Intake
  /** 'Intake afgerond vóór overstap': the intake was done in the previous system; no intake signals. */
  readonly intakeCompletedBeforeTransfer: boolean
  readonly notes: string
  readonly deregistration: HistoricalDeregistration | null
  readonly periods: readonly BuiltPeriod[]
}

export type ClientRowsResult =
  | { readonly ok: false; readonly problem: OnboardingProblem; readonly match: ColumnMatch | null }
  | {
      readonly ok: true
      readonly match: ColumnMatch
      readonly dataRows: number
      readonly clients: readonly ParsedClient[]
      readonly problems: readonly RowProblem[]
    }

/** The fields that describe the client itself; on a client's later rows (its plan history) they are empty or the same. */
const PER_ROW_FIELDS: ReadonlySet<ClientFieldKey> = new Set([
  'partner',
  'clientNumber',
  'plan',
  'planFrom',
  'planUntil',
  'representativeName',
  'representativeRole',
  'representativeEmail',
  'representativePhone',
])
const CLIENT_DATA_FIELDS: readonly ClientFieldKey[] = CLIENT_FIELDS.map((f) => f.key).filter((k) => !PER_ROW_FIELDS.has(k))

class Lookup<T extends { readonly id: string; readonly name: string }> {
  private readonly byCode = new Map<string, T>()
  private readonly byName = new Map<string, T[]>()
  constructor(items: readonly T[], code: (item: T) => string) {
    for (const item of items) {
      this.byCode.set(code(item).toUpperCase(), item)
      const key = headerKey(item.name)
      this.byName.set(key, [...(this.byName.get(key) ?? []), item])
    }
  }
  /** By code (any case), else by name (case, accents and punctuation aside); `ambiguous` when two share the name. */
  find(text: string): T | 'unknown' | 'ambiguous' {
    const byCode = this.byCode.get(text.toUpperCase())
    if (byCode !== undefined) return byCode
    const named = this.byName.get(headerKey(text)) ?? []
    return named.length === 1 ? named[0]! : named.length > 1 ? 'ambiguous' : 'unknown'
  }
}

interface Context {
  readonly lookups: ClientImportLookups
  readonly partners: Lookup<ImportPartnerRef>
  readonly plans: Lookup<ImportPlanRef>
}

interface FirstRow {
  readonly client: Omit<ParsedClient, 'lines' | 'periods' | 'representatives' | 'registrationPlanId'>
  readonly ecdMode: EcdMode
  readonly partnerName: string
  /** The status as read; null when the cell was refused (then no check depends on it). */
  readonly status: ClientStatus | null
}

function date(r: RowReader<ClientFieldKey>, field: ClientFieldKey): CalendarDate | null {
  return r.take(field, readCalendarDate(r.cell(field), r.column(field)), null)
}

function notInFuture(r: RowReader<ClientFieldKey>, field: ClientFieldKey, value: CalendarDate | null, today: CalendarDate): void {
  if (value !== null && value > today) r.report(field, onboardingProblem('onboarding.dateInFuture', { column: r.column(field), date: formatDate(value) }))
}

function required(r: RowReader<ClientFieldKey>, field: ClientFieldKey): void {
  if (!r.has(field)) r.report(field, onboardingProblem('onboarding.required', { column: r.column(field) }))
}

function readPartner(r: RowReader<ClientFieldKey>, ctx: Context): ImportPartnerRef | null {
  if (!r.has('partner')) {
    required(r, 'partner')
    return null
  }
  const found = ctx.partners.find(r.text('partner'))
  if (found === 'unknown') r.report('partner', onboardingProblem('onboarding.unknownPartner', { partner: r.text('partner') }))
  if (found === 'ambiguous') r.report('partner', onboardingProblem('onboarding.ambiguousPartner', { partner: r.text('partner') }))
  return typeof found === 'string' ? null : found
}

function readPlan(r: RowReader<ClientFieldKey>, ctx: Context): string | null {
  if (!r.has('plan')) {
    required(r, 'plan')
    return null
  }
  const found = ctx.plans.find(r.text('plan'))
  if (typeof found === 'string') {
    r.report('plan', onboardingProblem('onboarding.unknownPlan', { plan: r.text('plan') }))
    return null
  }
  return found.id
}

function readDeregistration(
  r: RowReader<ClientFieldKey>,
  status: ClientStatus | null,
  activation: CalendarDate | null,
  today: CalendarDate,
): HistoricalDeregistration | null {
  const receivedDate = date(r, 'deregistrationReceivedDate')
  const requestedDate = date(r, 'deregistrationRequestedDate')
  const effectiveDate = date(r, 'deregistrationEffectiveDate')
  notInFuture(r, 'deregistrationReceivedDate', receivedDate, today)
  const given = [r.has('deregistrationReceivedDate'), r.has('deregistrationRequestedDate'), r.has('deregistrationEffectiveDate')]
  if (status !== null && status !== 'afgemeld' && given.some(Boolean)) {
    r.report(null, onboardingProblem('onboarding.deregistrationNotAllowed', { status }))
    return null
  }
  if (status === 'afgemeld' && !given.some(Boolean)) r.report(null, onboardingProblem('onboarding.deregistrationMissing'))
  else if (given.some(Boolean) && !given.every(Boolean)) r.report(null, onboardingProblem('onboarding.deregistrationIncomplete'))
  if (receivedDate === null || requestedDate === null || effectiveDate === null) return null
  if (activation !== null && effectiveDate <= activation) {
    r.report(
      'deregistrationEffectiveDate',
      onboardingProblem('onboarding.deregistrationBeforeActivation', { effective: formatDate(effectiveDate), activation: formatDate(activation) }),
    )
  }
  return { receivedDate, requestedDate, effectiveDate }
}

function readRepresentative(r: RowReader<ClientFieldKey>): Representative | null {
  const fields = ['representativeName', 'representativeRole', 'representativeEmail', 'representativePhone'] as const
  if (!fields.some((f) => r.has(f))) return null
  required(r, 'representativeName')
  required(r, 'representativeRole')
  const role = r.take('representativeRole', readChoice(r.cell('representativeRole'), r.column('representativeRole'), FIXED_CHOICES.representativeRole), null)
  return {
    name: r.take('representativeName', readText(r.cell('representativeName'), r.column('representativeName'), 200), ''),
    role: role ?? 'mentor',
    email: r.take('representativeEmail', readEmail(r.cell('representativeEmail'), r.column('representativeEmail')), ''),
    phone: r.take('representativePhone', readPhone(r.cell('representativePhone'), r.column('representativePhone')), ''),
  }
}

/** The client's own fields from its first row, each cell checked; null fields where a cell was refused. */
function readFirstRow(r: RowReader<ClientFieldKey>, partner: ImportPartnerRef, ctx: Context): FirstRow {
  const { today } = ctx.lookups
  for (const field of ['firstName', 'lastName', 'status', 'registrationDate'] as const) required(r, field)
  const clientNumber = r.take('clientNumber', readText(r.cell('clientNumber'), r.column('clientNumber'), 30), '')
  if (clientNumber === '' && partner.ecdMode === 'partner')
    r.report('clientNumber', onboardingProblem('onboarding.clientNumberRequired', { partner: partner.name }))
  const birthDate = date(r, 'birthDate')
  notInFuture(r, 'birthDate', birthDate, today)
  const bsn = r.take('bsn', readBsn(r.cell('bsn')), '')
  // Privacy (spec): birth date and BSN only where the ECD mode needs them.
  const stored = clientNumber !== '' && ctx.lookups.isStored?.(partner.id, clientNumber) === true
  for (const field of ['birthDate', 'bsn'] as const) {
    if (partner.ecdMode === 'eigen' && !r.has(field) && !(field === 'bsn' && stored))
      r.report(field, onboardingProblem('onboarding.requiredForEigen', { column: r.column(field), partner: partner.name }))
    if (partner.ecdMode === 'partner' && r.has(field))
      r.report(field, onboardingProblem('onboarding.notRecordedForPartner', { column: r.column(field), partner: partner.name }))
  }
  const status = r.take('status', readChoice(r.cell('status'), r.column('status'), FIXED_CHOICES.status), null)
  const registration = date(r, 'registrationDate')
  notInFuture(r, 'registrationDate', registration, today)
  const activation = date(r, 'activationDate')
  notInFuture(r, 'activationDate', activation, today)
  if (status === 'aangemeld' && r.has('activationDate')) r.report('activationDate', onboardingProblem('onboarding.activationNotAllowed'))
  if ((status === 'actief' || status === 'afgemeld') && !r.has('activationDate'))
    r.report('activationDate', onboardingProblem('onboarding.activationRequired', { status }))
  if (activation !== null && registration !== null && activation < registration) {
    r.report(
      'activationDate',
      onboardingProblem('onboarding.activationBeforeRegistration', { activation: formatDate(activation), registration: formatDate(registration) }),
    )
  }
  const intake: Intake = {
    formSentDate: date(r, 'intakeFormSentDate'),
    formReceivedDate: date(r, 'intakeFormReceivedDate'),
    dossierOpenedDate: date(r, 'dossierOpenedDate'),
    conversationPlannedAt: null,
    conversationHeldDate: date(r, 'intakeConversationHeldDate'),
  }
  return {
    partnerName: partner.name,
    ecdMode: partner.ecdMode,
    status,
    client: {
      line: r.line,
      partnerId: partner.id,
      clientNumber: clientNumber === '' ? null : clientNumber,
      firstName: r.take('firstName', readText(r.cell('firstName'), r.column('firstName'), 100), ''),
      lastName: r.take('lastName', readText(r.cell('lastName'), r.column('lastName'), 100), ''),
      birthDate,
      bsn,
      begeleider: {
        name: r.take('begeleiderName', readText(r.cell('begeleiderName'), r.column('begeleiderName'), 200), ''),
        email: r.take('begeleiderEmail', readEmail(r.cell('begeleiderEmail'), r.column('begeleiderEmail')), ''),
        phone: r.take('begeleiderPhone', readPhone(r.cell('begeleiderPhone'), r.column('begeleiderPhone')), ''),
      },
      status: status ?? 'aangemeld',
      registrationReceivedDate: registration ?? today,
      activationDate: activation,
      intake,
      intakeCompletedBeforeTransfer: r.take(
        'intakeCompletedBeforeTransfer',
        readYesNo(r.cell('intakeCompletedBeforeTransfer'), r.column('intakeCompletedBeforeTransfer'), false),
        false,
      ),
      notes: r.take('notes', readText(r.cell('notes'), r.column('notes'), 4000), ''),
      deregistration: readDeregistration(r, status, activation, today),
    },
  }
}

/** One client's rows (its first row and its plan history), in file order. */
interface Group {
  readonly partner: ImportPartnerRef
  readonly readers: RowReader<ClientFieldKey>[]
}

function buildClient(group: Group, ctx: Context, problems: RowProblem[]): ParsedClient | null {
  const [first, ...rest] = group.readers
  if (first === undefined) return null
  const head = readFirstRow(first, group.partner, ctx)
  for (const r of rest) {
    for (const field of CLIENT_DATA_FIELDS) {
      if (r.has(field) && cellText(r.cell(field)) !== cellText(first.cell(field)))
        r.report(field, onboardingProblem('onboarding.conflictingRow', { column: r.column(field), firstLine: first.line }))
    }
  }
  const planRows: PlanRow[] = []
  const representatives: Representative[] = []
  for (const r of group.readers) {
    const rep = readRepresentative(r)
    // A representative repeated on the client's plan rows counts once; two of one name and role with other details both count.
    if (rep !== null && !representatives.some((x) => x.name === rep.name && x.role === rep.role && x.email === rep.email && x.phone === rep.phone))
      representatives.push(rep)
    // A later row without plan, from or until only adds a representative (a client with more of them than periods).
    if (r !== first && !r.has('plan') && !r.has('planFrom') && !r.has('planUntil')) continue
    const planId = readPlan(r, ctx)
    const from = date(r, 'planFrom')
    const until = date(r, 'planUntil')
    if (head.status === 'aangemeld' && (r.has('planFrom') || r.has('planUntil'))) r.report('planFrom', onboardingProblem('onboarding.historyNotAllowed'))
    if (planId !== null) planRows.push({ line: r.line, planId, from, until })
  }
  const rowProblems = group.readers.flatMap((r) => r.problems)
  if (rowProblems.length > 0) {
    problems.push(...rowProblems)
    return null
  }
  const { client } = head
  let periods: readonly BuiltPeriod[] = []
  if (client.activationDate !== null) {
    const built = buildPeriods(planRows, client.activationDate, client.deregistration?.effectiveDate ?? null)
    if (!built.ok) {
      const r = group.readers.find((x) => x.line === built.line) ?? first
      r.report(built.field, built.problem)
      problems.push(...r.problems)
      return null
    }
    periods = built.periods
  }
  // The plan at registration: the first period's, or (not yet active) the plan on the client's row.
  const registrationPlanId = periods[0]?.planId ?? planRows[0]!.planId
  return { ...client, lines: group.readers.map((r) => r.line), representatives, registrationPlanId, periods }
}

/**
 * Reads a clients file: partner by short code or name, client number kept as written,
 * names, birth date and BSN where the partner's ECD mode asks, begeleider, representatives, status and
 * lifecycle dates, plan, intake dates or the 'intake afgerond vóór overstap' flag, and a historical
 * deregistration with its three dates. Rows with the same partner and client number are one client whose
 * plan history they give; `buildPeriods` turns it into gap-free periods or names the row that cannot be.
 * Every problem comes with its row, field and reason; a client with any problem is left out of `clients`.
 */
export function parseClientRows(
  rows: readonly TableRow[],
  lookups: ClientImportLookups,
  choices: ColumnChoices = {},
  onProgress?: (done: number, total: number) => void,
): ClientRowsResult {
  const file = fileRows(rows, CLIENT_FIELDS, choices)
  if (!file.ok) return file
  const ctx: Context = { lookups, partners: new Lookup(lookups.partners, (p) => p.shortCode), plans: new Lookup(lookups.plans, (p) => p.code) }
  const problems: RowProblem[] = []
  const groups = new Map<string, Group>()
  const order: Group[] = []
  for (const row of file.data) {
    const r = new RowReader(file.match, CLIENT_FIELDS, row)
    const partner = readPartner(r, ctx)
    if (partner === null) {
      problems.push(...r.problems)
      continue
    }
    const number = r.text('clientNumber')
    // Rows without a client number (an `eigen` partner's new clients) are one client each.
    const key = number === '' ? `#${row.line}` : `${partner.id}|${number}`
    const group = groups.get(key)
    if (group !== undefined) group.readers.push(r)
    else {
      const created = { partner, readers: [r] }
      groups.set(key, created)
      order.push(created)
    }
  }
  const clients: ParsedClient[] = []
  const bsnLine = new Map<string, number>()
  // About a hundred reports however large the file: each one crosses to the window.
  const every = Math.max(1, Math.ceil(order.length / 100))
  for (const [index, group] of order.entries()) {
    if (onProgress && index > 0 && index % every === 0) onProgress(index, order.length)
    const client = buildClient(group, ctx, problems)
    if (client === null) continue
    const first = client.bsn === '' ? undefined : bsnLine.get(client.bsn)
    if (first !== undefined) {
      problems.push({
        line: client.line,
        field: 'bsn',
        column: group.readers[0]!.column('bsn'),
        problem: onboardingProblem('onboarding.duplicateBsn', { firstLine: first }),
      })
      continue
    }
    if (client.bsn !== '') bsnLine.set(client.bsn, client.line)
    clients.push(client)
  }
  onProgress?.(order.length, order.length)
  problems.sort((a, b) => a.line - b.line)
  return { ok: true, match: file.match, dataRows: file.data.length, clients, problems }
}
