/**
 * Betalingskenmerk as Betaalvereniging Nederland defines it: 16 digits, a check digit followed by 15 digits.
 * The check digit is computed over the 15 digits with weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 repeating from the
 * right: 11 minus (weighted sum modulo 11), where 10 becomes 1 and 11 becomes 0.
 */
const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1] as const
const BODY = /^\d{15}$/
const FULL = /^\d{16}$/

export type BetalingskenmerkResult = { ok: true; value: string } | { ok: false; reason: 'body-not-15-digits' }

/** The check digit for a body of exactly 15 digits. */
export function betalingskenmerkCheckDigit(body: string): number {
  let sum = 0
  for (let i = 0; i < body.length; i += 1) {
    const digit = Number(body[body.length - 1 - i])
    sum += digit * WEIGHTS[i % WEIGHTS.length]!
  }
  const check = 11 - (sum % 11)
  return check === 11 ? 0 : check === 10 ? 1 : check
}

/** Builds the 16-digit betalingskenmerk from 15 digits. */
export function makeBetalingskenmerk(body: string): BetalingskenmerkResult {
  if (!BODY.test(body)) return { ok: false, reason: 'body-not-15-digits' }
  return { ok: true, value: `${betalingskenmerkCheckDigit(body)}${body}` }
}

/** True when `value` is 16 digits whose first digit is the check digit of the other 15. */
export function isValidBetalingskenmerk(value: string): boolean {
  return FULL.test(value) && Number(value[0]) === betalingskenmerkCheckDigit(value.slice(1))
}

/**
 * The betalingskenmerk of a final invoice: its sequence number padded to 15 digits. Invoice sequence numbers
 * are unique per operator, so the reference is unique too; a number with more than 15 digits cannot occur.
 */
export function betalingskenmerkForSequence(sequence: number): BetalingskenmerkResult {
  if (!Number.isSafeInteger(sequence) || sequence < 0) return { ok: false, reason: 'body-not-15-digits' }
  return makeBetalingskenmerk(String(sequence).padStart(15, '0'))
}
