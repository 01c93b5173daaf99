import { PERSONAL_CLIENT_FIELDS } from '../model/clientRules'

/**
 * Whether a change of `field` (also a nested path such as `begeleider.email`) of entity `entity` is personal
 * data (AVG): the client fields anonymisation clears (names, BSN, birth date, contact data, representatives,
 * notes, intake). Such a change enters the audit chain as a salted digest, so anonymisation can remove the
 * value and keep the chain valid.
 */
export function isPersonalField(entity: string, field: string): boolean {
  if (entity !== 'client') return false
  const head = field.split(/[.[]/, 1)[0] ?? field
  return PERSONAL_CLIENT_FIELDS.has(head)
}
