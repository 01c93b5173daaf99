import { isDataProblemCode } from '@shared/problems/data'
import type { AuditEntry } from '@shared/model'

type Translate = (key: string, params: Record<string, string | number>) => string

/**
 * What an audit entry records, in the UI language: its event worded with its parameters (a data problem by its
 * code is worded too). An entry from before events keeps the sentence it was recorded with (Dutch), shown as it
 * is: a log is not rewritten.
 */
export function auditEventText(entry: Pick<AuditEntry, 'event' | 'params' | 'historicSummary'>, t: Translate): string {
  if (entry.historicSummary !== undefined) return entry.historicSummary
  const params: Record<string, string | number> = { ...entry.params }
  if (isDataProblemCode(params.problem)) params.problem = t(`dataErrors.${params.problem}`, { detail: '' })
  return t(`auditEvents.${entry.event}`, params)
}
