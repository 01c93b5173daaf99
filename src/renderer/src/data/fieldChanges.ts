import { maskBsn, type FieldChange } from '@shared/model'

/** Fields whose values the audit trail records masked: the log must not become a second BSN register. */
const MASKED_FIELDS = new Set(['bsn'])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function auditValue(field: string, value: unknown): unknown {
  const last = field.slice(field.lastIndexOf('.') + 1)
  if (MASKED_FIELDS.has(last) && typeof value === 'string' && value !== '') return maskBsn(value)
  return value === undefined ? null : value
}

function same(a: unknown, b: unknown): boolean {
  // A created or deleted field differs without encoding its value (an import lists every field of thousands).
  if (a === undefined || b === undefined) return a === b
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The changed fields between two versions of a record, as dotted paths (`invoiceAddress.city`).
 * Nested objects are compared field by field; arrays as a whole (a contact list changed → one entry).
 * `before` undefined = create, `after` undefined = delete: every field is listed.
 */
export function fieldChanges(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (isPlainObject(before) || isPlainObject(after)) {
    const b = isPlainObject(before) ? before : {}
    const a = isPlainObject(after) ? after : {}
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    return keys.flatMap((key) => fieldChanges(b[key], a[key], prefix ? `${prefix}.${key}` : key))
  }
  if (same(before, after)) return []
  return [{ field: prefix, before: auditValue(prefix, before), after: auditValue(prefix, after) }]
}
