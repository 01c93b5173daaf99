import type { BackupData } from '../backup/schema'
import { checkAllClientHistories } from '../domain/lifecycle/checkAll'
import type { VerifyFinding } from '../problems/verify'
import { clientNumbersOf, recordOf } from './records'

/**
 * Every client's subscription periods against the lifecycle invariants (no overlap, no gap, billing from the
 * activation to a processed deregistration, re-registrations judged per registration), as the lifecycle
 * rules find them. A finding names the first period it is about (the others are in its words), or the
 * client when no period is involved.
 */
export function checkSubscriptions(data: BackupData): VerifyFinding[] {
  const numbers = clientNumbersOf(data)
  return checkAllClientHistories(data.clients, data.subscriptionPeriods, data.deregistrations).map((v) => {
    const periodId = v.periodIds[0]
    const record =
      periodId === undefined ? recordOf('clients', v.clientId, numbers, v.clientId) : recordOf('subscriptionPeriods', periodId, numbers, v.clientId)
    return { code: v.code, params: v.params, record }
  })
}
