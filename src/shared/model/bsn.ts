/**
 * BSN 11-proef (spec B1, RvIG Logisch Ontwerp BSN): nine digits, leading zeros kept,
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), and not 000000000.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i)
  sum -= Number(value[8])
  return sum % 11 === 0
}

/** Lists show only the last four digits (spec: privacy). */
export function maskBsn(value: string): string {
  return value.length <= 4 ? value : '*'.repeat(value.length - 4) + value.slice(-4)
}
