import type { BackupData } from '../backup/schema'
import { deregistrationEffectiveDate } from '../domain/lifecycle/deregistration'
import { formatDate } from '../format/date'
import type { VerifyFinding } from '../problems/verify'
import { clientNumbersOf, recordOf } from './records'

/**
 * Every deregistration takes effect on the date the rule gives (spec rule 5, `deregistrationEffectiveDate`):
 * the requested date, or the date of receipt when the requested date lies before the billing period running
 * then. A deregistration the onboarding import took over as history (`historical`) keeps the date the
 * previous system recorded and is not checked.
 */
export function checkDeregistrations(data: BackupData): VerifyFinding[] {
  const numbers = clientNumbersOf(data)
  const startDay = data.settings.billingPeriodStartDay
  const findings: VerifyFinding[] = []
  for (const d of data.deregistrations) {
    if (d.historical === true) continue
    const expected = deregistrationEffectiveDate(d.receivedDate, d.requestedDate, startDay)
    if (d.effectiveDate === expected) continue
    findings.push({
      code: 'verify.deregistrationEffectiveDate',
      params: {
        effective: formatDate(d.effectiveDate),
        expected: formatDate(expected),
        received: formatDate(d.receivedDate),
        requested: formatDate(d.requestedDate),
      },
      record: recordOf('deregistrations', d.id, numbers, d.clientId, 'effectiveDate'),
    })
  }
  return findings
}
