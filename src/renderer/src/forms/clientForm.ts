import { formatDate, parseDutchDate } from '@shared/format'
import { clientSchema, type Begeleider, type CalendarDate, type Client, type EcdMode, type Representative } from '@shared/model'
import { translate } from '../i18n'
import { validate, type FieldErrors } from './fieldErrors'

/** What the client form edits. Lifecycle (status, activation, intake, deregistration) has its own screens and rules. */
export type ClientFields = Pick<
  Client,
  | 'partnerId'
  | 'clientNumber'
  | 'firstName'
  | 'lastName'
  | 'birthDate'
  | 'bsn'
  | 'begeleider'
  | 'representatives'
  | 'registrationPlanId'
  | 'registrationReceivedDate'
  | 'notes'
>

/** Dates are held as the clerk types them (`dd-mm-jjjj`) until the form is checked. */
export interface ClientDraft extends Omit<ClientFields, 'birthDate' | 'registrationReceivedDate' | 'begeleider' | 'representatives'> {
  birthDate: string
  registrationReceivedDate: string
  begeleider: Begeleider
  representatives: Representative[]
}

const clientFieldsSchema = clientSchema.pick({
  partnerId: true,
  clientNumber: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  bsn: true,
  begeleider: true,
  representatives: true,
  registrationPlanId: true,
  registrationReceivedDate: true,
  notes: true,
})

export function emptyClientDraft(today: CalendarDate): ClientDraft {
  return {
    partnerId: '',
    clientNumber: '',
    firstName: '',
    lastName: '',
    birthDate: '',
    bsn: '',
    begeleider: { name: '', email: '', phone: '' },
    representatives: [],
    registrationPlanId: '',
    registrationReceivedDate: formatDate(today),
    notes: '',
  }
}

export function emptyRepresentative(): Representative {
  return { name: '', role: 'wettelijk vertegenwoordiger', email: '', phone: '' }
}

export function clientToDraft(client: Client): ClientDraft {
  return {
    partnerId: client.partnerId,
    clientNumber: client.clientNumber,
    firstName: client.firstName,
    lastName: client.lastName,
    birthDate: formatDate(client.birthDate),
    bsn: client.bsn,
    begeleider: { ...client.begeleider },
    representatives: client.representatives.map((r) => ({ ...r })),
    registrationPlanId: client.registrationPlanId,
    registrationReceivedDate: formatDate(client.registrationReceivedDate),
    notes: client.notes,
  }
}

export interface ClientCheckContext {
  /** The chosen partner's ECD mode; null while no partner is chosen. */
  ecdMode: EcdMode | null
  /** In ECD mode `eigen` a new client's number is assigned on save, so the form leaves it empty. */
  isNew: boolean
  today: CalendarDate
}

/** Placeholder that satisfies the schema while the real number is assigned by the data layer. */
const TO_BE_ASSIGNED = '(nieuw)'

/**
 * Draft → client fields, or a Dutch message per field. The ECD mode decides what is asked:
 * `eigen` needs BSN and birth date and assigns the number; `partner` supplies the number and,
 * for data minimisation (AVG), BSN and birth date are not kept at all.
 */
export function checkClientDraft(draft: ClientDraft, ctx: ClientCheckContext): { ok: true; value: ClientFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const eigen = ctx.ecdMode === 'eigen'
  const assigns = eigen && ctx.isNew

  let birthDate: CalendarDate | null = null
  if (eigen) {
    if (draft.birthDate.trim() === '') errors.birthDate = translate('validation.birthDateRequired')
    else {
      birthDate = parseDutchDate(draft.birthDate)
      if (birthDate === null) errors.birthDate = translate('validation.date')
      else if (birthDate > ctx.today) errors.birthDate = translate('validation.birthDateFuture')
    }
    if (draft.bsn.trim() === '') errors.bsn = translate('validation.bsnRequired')
  }

  let received: CalendarDate | null = null
  if (draft.registrationReceivedDate.trim() === '') errors.registrationReceivedDate = translate('validation.required')
  else {
    received = parseDutchDate(draft.registrationReceivedDate)
    if (received === null) errors.registrationReceivedDate = translate('validation.date')
  }

  const candidate = {
    ...draft,
    clientNumber: assigns ? TO_BE_ASSIGNED : draft.clientNumber,
    birthDate: eigen ? birthDate : null,
    bsn: eigen ? draft.bsn.trim() : '',
    registrationReceivedDate: received ?? ctx.today,
  }
  const result = validate(clientFieldsSchema, candidate)
  const all = result.ok ? errors : { ...result.errors, ...errors }
  if (!result.ok || Object.keys(all).length > 0) return { ok: false, errors: all }
  return { ok: true, value: { ...result.value, clientNumber: assigns ? '' : result.value.clientNumber } }
}
