const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']

/** `2026-11` → `nov 2026`: a billing period as an axis label (named after the month in which it ends). */
export function periodLabel(period: string): string {
  const [year, month] = period.split('-')
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`
}
