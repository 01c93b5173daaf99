import type { z } from 'zod'
import { translate } from '../i18n'

/** Field path (`invoiceAddress.postcode`, `contacts.0.email`) → the message shown under that field. */
export type FieldErrors = Record<string, string>

/** One problem with one field, in the shape the data layer and zod both can be reduced to. */
export interface FieldIssue {
  path: readonly PropertyKey[]
  code?: string
  message: string
  minimum?: number | bigint
  maximum?: number | bigint
  origin?: string
}

/**
 * The model (src/shared/model) carries Dutch messages; each gets its i18n key so the English UI
 * shows English too. A message not listed here is shown as it is (it is already Dutch).
 */
const MODEL_MESSAGES: Record<string, string> = {
  'Naam is verplicht': 'validation.nameRequired',
  'Voornaam is verplicht': 'validation.firstNameRequired',
  'Achternaam is verplicht': 'validation.lastNameRequired',
  'Cliëntnummer is verplicht': 'validation.clientNumberRequired',
  'Adres is verplicht': 'validation.addressRequired',
  'Plaats is verplicht': 'validation.cityRequired',
  'Ongeldige postcode (1234 AB)': 'validation.postcode',
  'Ongeldig e-mailadres': 'validation.email',
  'Ongeldig telefoonnummer': 'validation.phone',
  'Korte code: 2 tot 10 hoofdletters of cijfers': 'validation.shortCode',
  'Code: 2 tot 20 hoofdletters, cijfers of -': 'validation.planCode',
  'BSN voldoet niet aan de 11-proef': 'validation.bsn',
  'Ongeldige datum (jjjj-mm-dd)': 'validation.date',
  'Tarief kan niet negatief zijn': 'validation.notNegative',
  'Minuten kunnen niet negatief zijn': 'validation.notNegative',
  'KvK-nummer: 8 cijfers': 'validation.kvk',
  'Btw-id: NL123456789B01': 'validation.vat',
  'Ongeldige IBAN (zonder spaties)': 'validation.iban',
  'Startdag: 1 t/m 28': 'validation.startDay',
  'Naam medewerker is verplicht': 'validation.nameRequired',
  'Einddatum moet na de begindatum liggen': 'validation.untilAfterFrom',
  'BSN is verplicht bij een partner met eigen ECD': 'validation.bsnRequired',
  'Geboortedatum is verplicht bij een partner met eigen ECD': 'validation.birthDateRequired',
  'Kies een bestaande partner': 'validation.partnerRequired',
  'Kies een bestaande abonnementsvorm': 'validation.planRequired',
}

/** Fields whose "missing" means "nothing chosen" rather than "nothing typed". */
const CHOICE_FIELDS: Record<string, string> = {
  partnerId: 'validation.partnerRequired',
  registrationPlanId: 'validation.planRequired',
  role: 'validation.roleRequired',
}

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

/** The translated message for one issue. */
export function issueMessage(issue: FieldIssue): string {
  const known = MODEL_MESSAGES[issue.message]
  if (known) return translate(known)
  const last = String(issue.path[issue.path.length - 1] ?? '')
  const choice = CHOICE_FIELDS[last]
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return translate(choice ?? 'validation.required')
      if (Number(issue.minimum) === 0) return translate('validation.notNegative')
      return translate('validation.min', { min: Number(issue.minimum) })
    case 'too_big':
      if (issue.origin === 'string') return translate('validation.tooLong')
      return translate('validation.max', { max: Number(issue.maximum) })
    case 'invalid_value':
    case 'invalid_type':
      return translate(choice ?? 'validation.required')
    default:
      return issue.message
  }
}

/** All issues → one message per field (the first issue for a field wins: fix that one first). */
export function toFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const key = pathKey(issue.path)
    if (!(key in errors)) errors[key] = issueMessage(issue)
  }
  return errors
}

/** Validate with a model schema; field errors when invalid. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, value: result.data }
  return { ok: false, errors: toFieldErrors(result.error.issues) }
}

/**
 * A deep copy of plain record data. Not structuredClone: records handed out by a Pinia store are Vue
 * proxies, which structuredClone refuses; records are JSON-safe by their schemas.
 */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
