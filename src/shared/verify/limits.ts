import type { BackupData } from '../backup/schema'
import { formatMoney } from '../format/money'
import { MAX_MINUTES_PER_PERIOD } from '../model/usage'
import type { VerifyFinding } from '../problems/verify'
import { clientNumbersOf, recordOf } from './records'

/** No plan costs more than € 10.000,00 a month: a higher fee is a typo (cents typed as euros). */
export const MAX_MONTHLY_FEE_CENTS = 1_000_000

const MINUTE_FIELDS = ['callMinutes', 'registrationMinutes'] as const

/**
 * No client has more call minutes, or more registration minutes, in one period than the longest period has
 * minutes (31 days, 44.640) — the same limit the usage import holds each column of a period row to.
 */
export function checkUsageMinutes(data: BackupData): VerifyFinding[] {
  const numbers = clientNumbersOf(data)
  const findings: VerifyFinding[] = []
  for (const u of data.usage) {
    for (const field of MINUTE_FIELDS) {
      if (u[field] > MAX_MINUTES_PER_PERIOD) {
        findings.push({
          code: 'verify.tooManyMinutes',
          params: { minutes: u[field], limit: MAX_MINUTES_PER_PERIOD },
          record: recordOf('usage', u.id, numbers, u.clientId, field),
        })
      }
    }
  }
  return findings
}

/** Every plan's monthly fee at most € 10.000,00. */
export function checkPlanFees(data: BackupData): VerifyFinding[] {
  return data.plans
    .filter((plan) => plan.monthlyFeeCents > MAX_MONTHLY_FEE_CENTS)
    .map((plan) => ({
      code: 'verify.feeTooHigh',
      params: { fee: formatMoney(plan.monthlyFeeCents), limit: formatMoney(MAX_MONTHLY_FEE_CENTS) },
      record: { table: 'plans', id: plan.id, field: 'monthlyFeeCents' },
    }))
}
