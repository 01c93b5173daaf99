import type { Client } from '../model/client'
import type { ContactPerson, Partner } from '../model/partner'
import type { ParsedClient } from './clientRows'
import type { ParsedPartner } from './partnerRows'

/** One field that would change, old → new, as the clerk reads it (dates as stored, lists as short text). */
export interface FieldDiff {
  readonly field: string
  readonly before: string
  readonly after: string
}

type Flat = Record<string, string>

function flatten(value: unknown, prefix: string, out: Flat): Flat {
  if (Array.isArray(value))
    out[prefix] = value
      .map((item) =>
        Object.values(item as Record<string, unknown>)
          .filter((v) => v !== '' && v !== null)
          .join(' · '),
      )
      .join('; ')
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix === '' ? key : `${prefix}.${key}`, out)
  else out[prefix] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : ''
  return out
}

/** The fields of `after` that differ from `before` (nested fields by dotted path), in `after`'s order. */
export function diffRecords(before: object, after: object): FieldDiff[] {
  const a = flatten(before, '', {})
  const b = flatten(after, '', {})
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((key) => (a[key] ?? '') !== (b[key] ?? ''))
    .map((field) => ({ field, before: a[field] ?? '', after: b[field] ?? '' }))
}

export interface PlannedUpdate<T> {
  readonly line: number
  readonly before: T
  readonly after: T
  readonly changes: readonly FieldDiff[]
}

export interface ImportPlan<New, T> {
  readonly create: readonly New[]
  /** Existing records the file changes (written only when the clerk chooses to update existing ones). */
  readonly update: readonly PlannedUpdate<T>[]
  /** Lines of rows that match an existing record exactly. */
  readonly unchanged: readonly number[]
}

/** A contact person from the file replaces the stored one of the same name, or is added. */
function withContact(contacts: readonly ContactPerson[], contact: ContactPerson | null): ContactPerson[] {
  if (contact === null) return [...contacts]
  const i = contacts.findIndex((c) => c.name.toLowerCase() === contact.name.toLowerCase())
  return i === -1 ? [...contacts, contact] : contacts.map((c, j) => (j === i ? contact : c))
}

/**
 * What a partners file would do: a short code not stored yet is a new partner; a stored
 * one is changed where the file differs (old → new per field) or left as it is.
 */
export function planPartnerImport(parsed: readonly ParsedPartner[], existing: readonly Partner[]): ImportPlan<ParsedPartner, Partner> {
  const byCode = new Map(existing.map((p) => [p.shortCode, p]))
  const create: ParsedPartner[] = []
  const update: PlannedUpdate<Partner>[] = []
  const unchanged: number[] = []
  for (const row of parsed) {
    const before = byCode.get(row.fields.shortCode)
    if (before === undefined) {
      create.push(row)
      continue
    }
    const after: Partner = { ...before, ...row.fields, id: before.id, contacts: withContact(before.contacts, row.contact) }
    const changes = diffRecords(before, after)
    if (changes.length === 0) unchanged.push(row.line)
    else update.push({ line: row.line, before, after, changes })
  }
  return { create, update, unchanged }
}

/** The key of a client within its partner: the client number as stored. */
const clientKey = (partnerId: string, clientNumber: string) => `${partnerId}|${clientNumber}`

/**
 * What a clients file would do: a client whose partner and client number (for an `eigen` partner's row without
 * number: whose BSN) are not stored yet is new; for a
 * stored one the import changes only what describes the client (names, birth date, BSN, begeleider,
 * representatives, intake, notes). Its status, lifecycle dates, subscription periods and deregistration stay
 * as stored: they may already be billed, and change only through the lifecycle screens.
 */
export function planClientImport(parsed: readonly ParsedClient[], existing: readonly Client[]): ImportPlan<ParsedClient, Client> {
  const stored = new Map(existing.map((c) => [clientKey(c.partnerId, c.clientNumber), c]))
  // An `eigen` partner's client may come without its number (the operator assigned it): then the BSN finds it.
  const byBsn = new Map(existing.filter((c) => c.bsn !== '').map((c) => [clientKey(c.partnerId, c.bsn), c]))
  const create: ParsedClient[] = []
  const update: PlannedUpdate<Client>[] = []
  const unchanged: number[] = []
  for (const row of parsed) {
    const before =
      row.clientNumber !== null
        ? stored.get(clientKey(row.partnerId, row.clientNumber))
        : row.bsn !== ''
          ? byBsn.get(clientKey(row.partnerId, row.bsn))
          : undefined
    if (before === undefined) {
      create.push(row)
      continue
    }
    const after: Client = {
      ...before,
      firstName: row.firstName,
      lastName: row.lastName,
      birthDate: row.birthDate ?? before.birthDate,
      bsn: row.bsn === '' ? before.bsn : row.bsn,
      begeleider: row.begeleider,
      representatives: row.representatives.length > 0 ? [...row.representatives] : before.representatives,
      intake: mergeIntake(before.intake, row),
      notes: row.notes === '' ? before.notes : row.notes,
    }
    const changes = diffRecords(before, after)
    if (changes.length === 0) unchanged.push(row.line)
    else update.push({ line: row.line, before, after, changes })
  }
  return { create, update, unchanged }
}

/** The file's intake dates where it gives them, the stored ones elsewhere; the flag as the file says. */
function mergeIntake(before: Client['intake'], row: ParsedClient): Client['intake'] {
  const { formSentDate, formReceivedDate, dossierOpenedDate, conversationHeldDate } = row.intake
  const merged = {
    formSentDate: formSentDate ?? before.formSentDate,
    formReceivedDate: formReceivedDate ?? before.formReceivedDate,
    dossierOpenedDate: dossierOpenedDate ?? before.dossierOpenedDate,
    conversationPlannedAt: before.conversationPlannedAt,
    conversationHeldDate: conversationHeldDate ?? before.conversationHeldDate,
  }
  return row.intakeCompletedBeforeTransfer || before.completedBeforeTransfer === true ? { ...merged, completedBeforeTransfer: true } : merged
}
