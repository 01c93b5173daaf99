import { formatDate, parseDutchDate } from '@shared/format'
import type { CalendarDate } from '@shared/model'
import { RuleError } from '../data'
import type { FieldErrors } from '../forms/fieldErrors'
import { translate } from '../i18n'

export interface DateRule {
  /** Default true. */
  readonly required?: boolean
  /** For things that already happened: not after this day (today). */
  readonly notAfter?: CalendarDate
}

/**
 * Reads the fields of a lifecycle dialog as the clerk typed them (`dd-mm-jjjj`), collecting one Dutch message
 * per field; the store saves only when `ok`, so an invalid form writes nothing.
 */
export class DraftReader {
  readonly errors: FieldErrors = {}

  get ok(): boolean {
    return Object.keys(this.errors).length === 0
  }

  fail(field: string, message: string): void {
    if (!(field in this.errors)) this.errors[field] = message
  }

  date(field: string, value: string, rule: DateRule = {}): CalendarDate | null {
    if (value.trim() === '') {
      if (rule.required ?? true) this.fail(field, translate('validation.required'))
      return null
    }
    const date = parseDutchDate(value)
    if (date === null) {
      this.fail(field, translate('validation.date'))
      return null
    }
    if (rule.notAfter !== undefined && date > rule.notAfter) {
      this.fail(field, translate('lifecycle.errors.future', { today: formatDate(rule.notAfter) }))
      return null
    }
    return date
  }

  text(field: string, value: string, max: number): string {
    const text = value.trim()
    if (text === '') this.fail(field, translate('validation.required'))
    else if (text.length > max) this.fail(field, translate('validation.tooLong'))
    return text
  }

  choice<T extends string>(field: string, value: T | '' | null, message: string): T | null {
    if (value === '' || value === null) {
      this.fail(field, message)
      return null
    }
    return value
  }
}

/**
 * A rule the domain refused inside the repository (src/shared/domain) shown at the field it concerns;
 * null when the rule has no field here (the screen then shows the message as a whole).
 */
export function ruleFieldErrors(error: unknown, fieldByRule: Readonly<Record<string, string>>): FieldErrors | null {
  if (!(error instanceof RuleError)) return null
  const field = fieldByRule[error.ruleCode]
  return field === undefined ? null : { [field]: translate(`rules.${error.ruleCode}`, error.params) }
}
