import type { Locale } from '../../i18n'

const MONTHS: Record<Locale, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

/** `2026-11` → `nov 2026` (`Nov 2026` in English): a billing period as an axis label (named after the month in which it ends). */
export function periodLabel(period: string, locale: Locale): string {
  const [year, month] = period.split('-')
  return `${MONTHS[locale][Number(month) - 1] ?? month} ${year}`
}
