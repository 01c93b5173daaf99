import type { OperatorField } from '@shared/domain/invoicing/finaliseGuards'

/** The settings screen's label of an operator field, so the guide names a field as the clerk will find it. */
export function operatorFieldLabel(field: OperatorField): string {
  return field === 'name' ? 'settings.operatorName' : `settings.${field}`
}
