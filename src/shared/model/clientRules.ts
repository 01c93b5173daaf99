import type { Client } from './client'
import type { EcdMode } from './partner'

/**
 * Rules that join a client to its partner (spec: Client, Privacy). Pure, so they are tested without a
 * database; the data layer applies them inside the write transaction.
 */

export interface RuleIssue {
  readonly path: readonly string[]
  readonly message: string
}

/**
 * Client numbers the operator assigns (ECD mode `eigen`): six digits, zero-padded (`000123`), so text
 * order equals number order and the highest number is found through the index. Numbers are never reused:
 * the next number follows the highest one ever issued within the partner, not the lowest gap.
 */
export const OWN_CLIENT_NUMBER_DIGITS = 6
const OWN_CLIENT_NUMBER = /^\d{6}$/

export function isOwnClientNumber(value: string): boolean {
  return OWN_CLIENT_NUMBER.test(value)
}

export function formatOwnClientNumber(value: number): string {
  return String(value).padStart(OWN_CLIENT_NUMBER_DIGITS, '0')
}

export class ClientNumbersExhaustedError extends Error {
  constructor() {
    super('Alle cliëntnummers (000001 t/m 999999) van deze partner zijn in gebruik.')
    this.name = 'ClientNumbersExhaustedError'
  }
}

/** The next free own number after the given numbers (any format; only six-digit ones count). */
export function nextOwnClientNumber(existing: Iterable<string>): string {
  let highest = 0
  for (const number of existing) {
    if (isOwnClientNumber(number)) highest = Math.max(highest, Number(number))
  }
  if (highest >= 999_999) throw new ClientNumbersExhaustedError()
  return formatOwnClientNumber(highest + 1)
}

/**
 * ECD mode rules (spec: Client; Privacy "BSN and birth date only where the ECD mode requires them"):
 * `eigen` requires a BSN (the 11-proef is in the client schema) and a birth date; `partner` must not
 * hold either.
 */
export function ecdModeIssues(client: Pick<Client, 'bsn' | 'birthDate'>, mode: EcdMode): RuleIssue[] {
  const issues: RuleIssue[] = []
  if (mode === 'eigen') {
    if (client.bsn === '') issues.push({ path: ['bsn'], message: 'BSN is verplicht bij een partner met eigen ECD' })
    if (client.birthDate === null) issues.push({ path: ['birthDate'], message: 'Geboortedatum is verplicht bij een partner met eigen ECD' })
  } else {
    if (client.bsn !== '') issues.push({ path: ['bsn'], message: 'BSN wordt alleen vastgelegd bij een partner met eigen ECD' })
    if (client.birthDate !== null) issues.push({ path: ['birthDate'], message: 'Geboortedatum wordt alleen vastgelegd bij een partner met eigen ECD' })
  }
  return issues
}
