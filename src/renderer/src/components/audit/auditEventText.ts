import type { AuditEntry } from '@shared/model'

type Translate = (key: string, params: Record<string, string | number>) => string

/**
 * What an audit entry records, in the UI language: its event worded with its parameters. An entry from before
 * events keeps the sentence it was recorded with (Dutch), shown as it is: a log is not rewritten.
 */
export function auditEventText(entry: Pick<AuditEntry, 'event' | 'params' | 'historicSummary'>, t: Translate): string {
  return entry.historicSummary ?? t(`auditEvents.${entry.event}`, { ...entry.params })
}
