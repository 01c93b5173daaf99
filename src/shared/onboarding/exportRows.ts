import { formatDate } from '../format/date'
import type { Client } from '../model/client'
import type { Partner } from '../model/partner'
import type { Deregistration, SubscriptionPeriod } from '../model/subscription'
import { CLIENT_FIELDS, PARTNER_FIELDS, type ClientFieldKey, type PartnerFieldKey } from './fields'

/** One row of a list export in the import template's layout: every cell as text, as the import reads it back. */
export type PartnerExportRow = Record<PartnerFieldKey, string>
export type ClientExportRow = Record<ClientFieldKey, string>

const yesNo = (value: boolean): string => (value ? 'ja' : 'nee')

function emptyRow<K extends string>(fields: readonly { readonly key: K }[]): Record<K, string> {
  return Object.fromEntries(fields.map((f) => [f.key, ''])) as Record<K, string>
}

/**
 * A partner as a row of the partners template. The template has room for one contact person: the first one is
 * written (the import replaces a stored contact of the same name, so the others stay as they are).
 */
export function partnerExportRow(partner: Partner): PartnerExportRow {
  const contact = partner.contacts[0]
  return {
    ...emptyRow(PARTNER_FIELDS),
    name: partner.name,
    shortCode: partner.shortCode,
    ecdMode: partner.ecdMode,
    street: partner.invoiceAddress.street,
    postcode: partner.invoiceAddress.postcode,
    city: partner.invoiceAddress.city,
    invoiceEmail: partner.invoiceEmail,
    debtorReference: partner.debtorReference,
    kvkNumber: partner.kvkNumber,
    oin: partner.oin,
    purchaseOrderReference: partner.purchaseOrderReference,
    contactName: contact?.name ?? '',
    contactRole: contact?.role ?? '',
    contactEmail: contact?.email ?? '',
    contactPhone: contact?.phone ?? '',
    active: yesNo(partner.active),
    notes: partner.notes,
  }
}

/** What a client's rows are made of: the client and what the list knows beside it. */
export interface ClientExportSource {
  readonly client: Client
  /** The partner's short code, as the import finds the partner by. */
  readonly partnerCode: string
  /** The client's periods (any order). */
  readonly periods: readonly SubscriptionPeriod[]
  /** The client's deregistrations (any order); only a processed one of a deregistered client is written. */
  readonly deregistrations: readonly Deregistration[]
}

export interface ClientExportOptions {
  /** A BSN leaves the application only when the clerk asks for it; otherwise the column stays empty. */
  readonly includeBsn: boolean
  readonly planCode: (planId: string) => string
}

/** The periods of the current registration (a re-registered client keeps its earlier ones), in date order. */
function currentPeriods(client: Client, periods: readonly SubscriptionPeriod[]): SubscriptionPeriod[] {
  if (client.status === 'aangemeld' || client.activationDate === null) return []
  const activation = client.activationDate
  return periods.filter((p) => p.from >= activation).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

/** The deregistration the import takes over with a deregistered client: the last processed one. */
function currentDeregistration(client: Client, deregistrations: readonly Deregistration[]): Deregistration | null {
  if (client.status !== 'afgemeld') return null
  const processed = deregistrations
    .filter((d) => d.processedDate !== null)
    .sort((a, b) => (a.receivedDate < b.receivedDate ? -1 : a.receivedDate > b.receivedDate ? 1 : 0))
  return processed.at(-1) ?? null
}

/**
 * A client as rows of the clients template: its own fields on the first row, then one row per subscription
 * period (plan, from, until), and one more representative per row; rows after the first carry only partner,
 * client number, plan history and representative, as the import expects of a client's later rows. Dates are
 * written `dd-mm-jjjj`; the client number and BSN as text.
 */
export function clientExportRows(source: ClientExportSource, options: ClientExportOptions): ClientExportRow[] {
  const { client } = source
  const periods = currentPeriods(client, source.periods)
  const deregistration = currentDeregistration(client, source.deregistrations)
  const planRows =
    periods.length > 0
      ? periods.map((p) => ({ plan: options.planCode(p.planId), planFrom: formatDate(p.from), planUntil: formatDate(p.until) }))
      : [{ plan: options.planCode(client.registrationPlanId), planFrom: '', planUntil: '' }]
  const count = Math.max(planRows.length, client.representatives.length)
  const rows: ClientExportRow[] = []
  for (let i = 0; i < count; i++) {
    const row: ClientExportRow = { ...emptyRow(CLIENT_FIELDS), partner: source.partnerCode, clientNumber: client.clientNumber, ...planRows[i] }
    const rep = client.representatives[i]
    if (rep !== undefined)
      Object.assign(row, { representativeName: rep.name, representativeRole: rep.role, representativeEmail: rep.email, representativePhone: rep.phone })
    rows.push(row)
  }
  Object.assign(rows[0]!, {
    firstName: client.firstName,
    lastName: client.lastName,
    birthDate: formatDate(client.birthDate),
    bsn: options.includeBsn ? client.bsn : '',
    begeleiderName: client.begeleider.name,
    begeleiderEmail: client.begeleider.email,
    begeleiderPhone: client.begeleider.phone,
    status: client.status,
    registrationDate: formatDate(client.registrationReceivedDate),
    activationDate: formatDate(client.activationDate),
    intakeFormSentDate: formatDate(client.intake.formSentDate),
    intakeFormReceivedDate: formatDate(client.intake.formReceivedDate),
    dossierOpenedDate: formatDate(client.intake.dossierOpenedDate),
    intakeConversationHeldDate: formatDate(client.intake.conversationHeldDate),
    intakeCompletedBeforeTransfer: yesNo(client.intake.completedBeforeTransfer === true),
    deregistrationReceivedDate: formatDate(deregistration?.receivedDate),
    deregistrationRequestedDate: formatDate(deregistration?.requestedDate),
    deregistrationEffectiveDate: formatDate(deregistration?.effectiveDate),
    notes: client.notes,
  } satisfies Partial<ClientExportRow>)
  return rows
}
