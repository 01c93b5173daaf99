/**
 * Payload of a SEPA credit-transfer QR code (EPC069-12, version 002). Lines, separated by LF:
 * service tag `BCD`, version `002`, character set `1` (UTF-8), identification `SCT`, BIC (optional in the EEA),
 * beneficiary name (max 70), IBAN, amount `EUR123.45`, purpose (empty), structured reference (empty, a
 * betalingskenmerk is not an ISO 11649 reference), unstructured remittance text (max 140). Empty trailing lines
 * are left out. The whole payload is at most 331 bytes.
 */
export const EPC_MAX_BYTES = 331
const MAX_CENTS = 99_999_999_999

export interface EpcInput {
  readonly beneficiaryName: string
  readonly iban: string
  readonly bic?: string
  /** Amount in integer cents, 1 .. 99 999 999 999. */
  readonly amountCents: number
  readonly remittanceText: string
}

export type EpcProblem = 'name-missing' | 'name-too-long' | 'iban-invalid' | 'bic-invalid' | 'amount-out-of-range' | 'remittance-too-long' | 'payload-too-long'

export type EpcResult = { ok: true; payload: string } | { ok: false; reason: EpcProblem }

/** IBAN without spaces, upper case, checked with ISO 13616 mod-97. */
export function normaliseIban(iban: string): string | null {
  const compact = iban.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return null
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let rest = 0
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of value) rest = (rest * 10 + Number(d)) % 97
  }
  return rest === 1 ? compact : null
}

/** `EUR123.45` from integer cents. */
export function epcAmount(cents: number): string {
  return `EUR${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

export function buildEpcPayload(input: EpcInput): EpcResult {
  const name = input.beneficiaryName.trim()
  if (name === '') return { ok: false, reason: 'name-missing' }
  if ([...name].length > 70) return { ok: false, reason: 'name-too-long' }
  const iban = normaliseIban(input.iban)
  if (iban === null) return { ok: false, reason: 'iban-invalid' }
  const bic = (input.bic ?? '').replace(/\s+/g, '').toUpperCase()
  if (bic !== '' && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) return { ok: false, reason: 'bic-invalid' }
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents < 1 || input.amountCents > MAX_CENTS) {
    return { ok: false, reason: 'amount-out-of-range' }
  }
  const remittance = input.remittanceText.trim()
  if ([...remittance].length > 140) return { ok: false, reason: 'remittance-too-long' }
  const lines = ['BCD', '002', '1', 'SCT', bic, name, iban, epcAmount(input.amountCents), '', '', remittance]
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  const payload = lines.join('\n')
  if (new TextEncoder().encode(payload).length > EPC_MAX_BYTES) return { ok: false, reason: 'payload-too-long' }
  return { ok: true, payload }
}
