import { formatDate, parseDutchDate } from '@shared/format'
import { settingsSchema, type CalendarDate, type Settings } from '@shared/model'
import { translate } from '../i18n'
import { jsonCopy, validate, type FieldErrors } from './fieldErrors'

/** Settings as edited: numbers may be empty while typing, closing days are Dutch date text. */
export interface SettingsDraft extends Omit<
  Settings,
  'paymentTermDays' | 'vatRatePercent' | 'checkTolerancePercent' | 'retentionMonths' | 'billingPeriodStartDay' | 'extraClosingDays'
> {
  billingPeriodStartDay: number | null
  paymentTermDays: number | null
  vatRatePercent: number | null
  checkTolerancePercent: number | null
  retentionMonths: number | null
  extraClosingDays: string[]
}

const NUMBER_FIELDS = ['billingPeriodStartDay', 'paymentTermDays', 'vatRatePercent', 'checkTolerancePercent', 'retentionMonths'] as const

export function settingsToDraft(settings: Settings): SettingsDraft {
  return {
    ...jsonCopy(settings),
    extraClosingDays: settings.extraClosingDays.map((d) => formatDate(d)),
  }
}

export function checkSettingsDraft(draft: SettingsDraft): { ok: true; value: Settings } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  for (const field of NUMBER_FIELDS) {
    if (draft[field] === null) errors[field] = translate('validation.required')
  }
  const closingDays: CalendarDate[] = []
  draft.extraClosingDays.forEach((text, i) => {
    const day = parseDutchDate(text)
    if (day === null) errors[`extraClosingDays.${i}`] = translate('validation.date')
    else closingDays.push(day)
  })
  const result = validate(settingsSchema, {
    ...draft,
    billingPeriodStartDay: draft.billingPeriodStartDay ?? 0,
    paymentTermDays: draft.paymentTermDays ?? 0,
    vatRatePercent: draft.vatRatePercent ?? 0,
    checkTolerancePercent: draft.checkTolerancePercent ?? 0,
    retentionMonths: draft.retentionMonths ?? 0,
    // Sorted and without duplicates: the working-day rules read it as a set.
    extraClosingDays: [...new Set(closingDays)].sort(),
  })
  const all = result.ok ? errors : { ...result.errors, ...errors }
  if (!result.ok || Object.keys(all).length > 0) return { ok: false, errors: all }
  return result
}
