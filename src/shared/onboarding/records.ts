import type { z } from 'zod'
import { checkWithCompiled } from '../backup/compiledSchema'
import { clientSchema, type Client } from '../model/client'
import { ecdModeIssues, isOwnClientNumber, nextOwnClientNumber } from '../model/clientRules'
import { partnerSchema, type EcdMode, type Partner } from '../model/partner'
import { deregistrationSchema, subscriptionPeriodSchema, type Deregistration, type SubscriptionPeriod } from '../model/subscription'
import { codedIssueOf } from '../problems/zodIssues'
import type { ParsedClient } from './clientRows'
import type { ParsedPartner } from './partnerRows'
import type { ImportPlan } from './preview'

/** Why a record built from a file row is refused: the row's line first in `path`, a validation code as message. */
export interface RecordIssue {
  readonly path: readonly (string | number)[]
  readonly message: string
  readonly params?: Readonly<Record<string, string | number>>
}

function check<T>(schema: z.ZodType<T>, value: unknown, line: number, issues: RecordIssue[]): T | null {
  // Compiled: an import checks a hundred thousand records, and zod's general path was a large part of its commit.
  const result = checkWithCompiled(schema, value)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const { code, params } = codedIssueOf(issue)
    issues.push({ path: [line, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: code, params })
  }
  return null
}

export interface PartnerRecords {
  readonly created: Partner[]
  readonly updated: Partner[]
  readonly issues: RecordIssue[]
}

/** The partner records a plan writes, each parsed with the model's schema (the app and the command line alike). */
export function partnerRecords(plan: ImportPlan<ParsedPartner, Partner>, updateExisting: boolean, newId: () => string): PartnerRecords {
  const issues: RecordIssue[] = []
  const created = plan.create.flatMap(
    (row) => check(partnerSchema, { ...row.fields, id: newId(), contacts: row.contact ? [row.contact] : [] }, row.line, issues) ?? [],
  )
  const updated = updateExisting ? plan.update.flatMap((u) => check(partnerSchema, u.after, u.line, issues) ?? []) : []
  return { created, updated, issues }
}

export interface ClientRecords {
  readonly clients: Client[]
  readonly periods: SubscriptionPeriod[]
  readonly deregistrations: Deregistration[]
  readonly updated: Client[]
  readonly issues: RecordIssue[]
}

export interface ClientRecordContext {
  readonly ecdModeOf: (partnerId: string) => EcdMode | undefined
  /** The client numbers stored per partner (only asked for partners with a row without number). */
  readonly storedNumbers: (partnerId: string) => readonly string[]
  readonly newId: () => string
}

/**
 * The records a clients plan writes: each new client (own numbers assigned after the highest stored or
 * imported one of its partner), its subscription periods and its historical deregistration, and the changed
 * clients when `updateExisting`; every record parsed with the model's schema and the ECD-mode rules.
 * A historical deregistration's processed date is its date of receipt: the previous system did not pass on
 * when it processed it, and without one it would be listed as still to process.
 */
export function clientRecords(plan: ImportPlan<ParsedClient, Client>, updateExisting: boolean, ctx: ClientRecordContext): ClientRecords {
  const issues: RecordIssue[] = []
  const numbers = new Map<string, string[]>()
  const nextNumber = (partnerId: string): string => {
    let known = numbers.get(partnerId)
    if (known === undefined) {
      known = [
        ...ctx.storedNumbers(partnerId),
        ...plan.create.filter((c) => c.partnerId === partnerId && c.clientNumber !== null).map((c) => c.clientNumber!),
      ].filter(isOwnClientNumber)
      numbers.set(partnerId, known)
    }
    const number = nextOwnClientNumber(known)
    known.push(number)
    return number
  }
  const clients: Client[] = []
  const periods: SubscriptionPeriod[] = []
  const deregistrations: Deregistration[] = []
  for (const row of plan.create) {
    const id = ctx.newId()
    const { line, lines: _lines, periods: rowPeriods, deregistration, intakeCompletedBeforeTransfer, ...fields } = row
    const draft = {
      ...fields,
      id,
      clientNumber: row.clientNumber ?? nextNumber(row.partnerId),
      loginSentDate: null,
      anonymisedDate: null,
      intake: intakeCompletedBeforeTransfer ? { ...row.intake, completedBeforeTransfer: true } : row.intake,
    }
    const client = check(clientSchema, draft, line, issues)
    if (client === null) continue
    const mode = ctx.ecdModeOf(row.partnerId)
    if (mode === undefined) issues.push({ path: [line, 'partnerId'], message: 'validation.partnerRequired' })
    else issues.push(...ecdModeIssues(client, mode).map((issue) => ({ path: [line, ...issue.path], message: issue.message })))
    clients.push(client)
    for (const p of rowPeriods) {
      const period = check(subscriptionPeriodSchema, { id: ctx.newId(), clientId: id, planId: p.planId, from: p.from, until: p.until }, p.line, issues)
      if (period) periods.push(period)
    }
    if (deregistration !== null) {
      const record = check(
        deregistrationSchema,
        { id: ctx.newId(), clientId: id, ...deregistration, processedDate: deregistration.receivedDate, historical: true },
        line,
        issues,
      )
      if (record) deregistrations.push(record)
    }
  }
  const updated = updateExisting ? plan.update.flatMap((u) => check(clientSchema, u.after, u.line, issues) ?? []) : []
  return { clients, periods, deregistrations, updated, issues }
}

/** Each new client's current plan: the plan of its last period, or the registration plan before activation. */
export function currentPlans(clients: readonly Client[], periods: readonly SubscriptionPeriod[]): Map<string, string> {
  const plans = new Map(clients.map((c) => [c.id, c.registrationPlanId]))
  for (const p of periods) plans.set(p.clientId, p.planId)
  return plans
}
