/**
 * Which client fields are personal data (AVG): names, BSN, birth date, contact data (the counsellor's and
 * representatives' names, e-mail and phone), representatives and notes. A change of such a field enters
 * the audit chain as a salted digest, so anonymisation can remove the value and keep the chain valid.
 */
export const PERSONAL_CLIENT_FIELDS = ['firstName', 'lastName', 'bsn', 'birthDate', 'begeleider', 'representatives', 'notes'] as const
export type PersonalClientField = (typeof PERSONAL_CLIENT_FIELDS)[number]

const personal: ReadonlySet<string> = new Set(PERSONAL_CLIENT_FIELDS)

/** Whether a change of `field` (also a nested path such as `begeleider.email`) of entity `entity` is personal. */
export function isPersonalField(entity: string, field: string): boolean {
  if (entity !== 'client') return false
  const head = field.split(/[.[]/, 1)[0] ?? field
  return personal.has(head)
}
