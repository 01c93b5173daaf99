/**
 * Money is integer euro cents everywhere; these are the only places it becomes text and back.
 *
 * Format: `€ 1.234,56`. Negative amounts follow the Dutch convention that Intl `nl-NL` (CLDR) also uses:
 * the sign sits between the euro sign and the amount, `€ -1.234,56`. Intl puts a no-break space after
 * the euro sign; we write a plain space so the text is exactly `€ 1.234,56` as specified (table cells
 * that must not wrap use CSS `white-space: nowrap`). Grouping comes from Intl; the cents are integer
 * arithmetic, so no floating-point rounding can creep in.
 */
const GROUPED = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, useGrouping: true })

export function formatMoney(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Bedrag is geen geheel aantal centen: ${cents}`)
  const abs = Math.abs(cents)
  const euros = Math.floor(abs / 100)
  const rest = abs % 100
  const sign = cents < 0 ? '-' : ''
  return `€ ${sign}${GROUPED.format(euros)},${String(rest).padStart(2, '0')}`
}

/**
 * What a clerk types for an amount → integer cents, or null when it is not an amount.
 * Accepts `1.234,56`, `1234,56`, `1234`, `12,5`, `€ 12,50`, `-5,00`, and `12.50` (a single dot followed by one
 * or two digits can only be a decimal point). A dot followed by three digits is a thousands separator, as
 * in Dutch. More than two decimals is refused rather than rounded: money typed is money meant.
 */
export function parseMoneyInput(input: string): number | null {
  let text = input.replace(/[\s\u00a0]/g, '').replace(/^€/, '')
  let negative = false
  if (text.startsWith('-')) {
    negative = true
    text = text.slice(1).replace(/^€/, '')
  }
  if (text === '') return null
  let whole: string
  let fraction = ''
  if (text.includes(',')) {
    const [intPart, frac, ...more] = text.split(',')
    if (more.length > 0 || intPart === undefined || frac === undefined) return null
    if (!/^\d{1,2}$/.test(frac)) return null
    whole = intPart
    fraction = frac
  } else if (/^\d+\.\d{1,2}$/.test(text)) {
    ;[whole = '', fraction = ''] = text.split('.')
  } else {
    whole = text
  }
  if (whole === '') whole = '0'
  if (whole.includes('.')) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(whole)) return null
    whole = whole.replace(/\./g, '')
  }
  if (!/^\d+$/.test(whole)) return null
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(cents)) return null
  return negative && cents !== 0 ? -cents : cents
}
