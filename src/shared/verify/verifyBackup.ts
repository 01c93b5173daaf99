import type { ChainHead } from '../audit/chain'
import type { BackupData } from '../backup/schema'
import { checkAuditChain } from './auditChain'
import type { CalendarDate } from '../calendar/calendarDate'
import type { VerifyFinding } from '../problems/verify'
import { checkDates } from './dates'
import { checkDeregistrations } from './deregistrations'
import { checkPlanFees, checkUsageMinutes } from './limits'
import { checkReferences } from './references'
import { checkSubscriptions } from './subscriptions'

/**
 * Every consistency rule of a whole administration (`npm run cli -- verify`, and `run` before it writes):
 * broken references, subscription periods, deregistration dates, dates out of range, minutes and fees
 * beyond what can be true, and the audit trail's hash chain (against `auditHead`, the head kept outside the
 * database, when the file has one). Empty when the data is consistent; `today` bounds the dates.
 */
export function verifyBackup(data: BackupData, today: CalendarDate, auditHead?: ChainHead): VerifyFinding[] {
  return [
    ...checkAuditChain(data.auditEntries, auditHead),
    ...checkReferences(data),
    ...checkSubscriptions(data),
    ...checkDeregistrations(data),
    ...checkDates(data, today),
    ...checkUsageMinutes(data),
    ...checkPlanFees(data),
  ]
}
