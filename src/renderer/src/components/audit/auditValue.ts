import { formatDate, formatMoney } from '@shared/format'
import { isCalendarDate, maskBsn, type FieldChange } from '@shared/model'

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/** Field + stored value → the text to show instead, or undefined. */
export type ReferenceLookup = (field: string, value: string) => string | undefined

export interface AuditWords {
  empty: string
  yes: string
  no: string
  /** The UI text for a stored code (status, ECD mode), or undefined when it has none. */
  code: ReferenceLookup
  /** A partner or plan name for an id field, or undefined when unknown. */
  reference: ReferenceLookup
}

/**
 * One before/after value of an audit entry as text. The BSN stays masked here as in every list;
 * money fields (`…Cents`) and calendar dates are shown the Dutch way; ids of partners and plans
 * become their names; lists of people become their names.
 */
export function auditValueText(field: string, value: unknown, words: AuditWords): string {
  if (value === null || value === undefined || value === '') return words.empty
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (typeof value === 'number') return field.endsWith('Cents') && Number.isSafeInteger(value) ? formatMoney(value) : NUMBER.format(value)
  if (typeof value === 'string') {
    if (field === 'bsn' || field.endsWith('.bsn')) return maskBsn(value)
    if (/(^|\.)([a-z]+Id|id)$/i.test(field)) return words.reference(field, value) ?? value
    if (isCalendarDate(value)) return formatDate(value)
    return words.code(field, value) ?? value
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty
    const names = value.map((item) =>
      typeof item === 'object' && item !== null && 'name' in item ? String((item as { name: unknown }).name) : JSON.stringify(item),
    )
    return names.join(', ')
  }
  return JSON.stringify(value)
}

/**
 * The changes worth showing: a new or deleted record lists only the fields that hold something
 * (the rest is "empty → empty"), and the technical record id is left out (the row names the record).
 */
export function visibleChanges(changes: readonly FieldChange[]): FieldChange[] {
  return changes.filter((c) => c.field !== 'id' && !(isEmpty(c.before) && isEmpty(c.after)))
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** How a change reads: a value that appeared (`new`), one that went (`gone`), or `before → after`. */
export function changeKind(change: FieldChange): 'new' | 'gone' | 'changed' {
  if (isEmpty(change.before) && !isEmpty(change.after)) return 'new'
  if (!isEmpty(change.before) && isEmpty(change.after)) return 'gone'
  return 'changed'
}
