/**
 * Integer division rounded half away from zero (spec rule 7: amounts are rounded to whole cents, half away
 * from zero). Integer arithmetic, so 0.5 is exactly 0.5 and never 0.49999….
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError(`Geen geldige deling in hele getallen: ${numerator} / ${denominator}`)
  }
  const negative = numerator < 0 !== denominator < 0
  const n = Math.abs(numerator)
  const dd = Math.abs(denominator)
  const quotient = Math.floor(n / dd)
  const rest = n - quotient * dd
  const rounded = 2 * rest >= dd ? quotient + 1 : quotient
  // `0 - 0` is +0, so a zero result never prints as "-0".
  return negative ? 0 - rounded : rounded
}

/** Spec rule 7: `fee × billed days / days in the billing period`, in whole cents. */
export function proRataCents(feeCents: number, billedDays: number, periodDays: number): number {
  return divideRounded(feeCents * billedDays, periodDays)
}

/** Rounds a (possibly fractional) minute amount to hundredths, half away from zero (docs/rules.md). */
export function roundMinutes(minutes: number): number {
  const scaled = Math.round(Math.abs(minutes) * 100 + 1e-9) / 100
  return minutes < 0 ? 0 - scaled : scaled
}
