const MINUTES = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

/** Call and registration minutes may carry a fraction from the telephony export: `1.234,5 min`. */
export function formatMinutes(minutes: number): string {
  return `${MINUTES.format(minutes)} min`
}

/**
 * A percentage given as a percent number (settings and rules store percents: 21 → `21%`, 10.5 → `10,5%`).
 * Dutch writes no space before the sign in running text (as Intl `nl-NL` does).
 */
export function formatPercent(percent: number, fractionDigits = 1): string {
  const format = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: fractionDigits })
  return format.format(percent / 100)
}

const COUNT = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })

/** Whole counts with Dutch grouping: `5.000`. */
export function formatCount(count: number): string {
  return COUNT.format(count)
}
