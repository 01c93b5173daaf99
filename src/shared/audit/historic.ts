import type { AuditEntry } from '../model/audit'

/**
 * An audit entry as it was stored before entries had events: a Dutch sentence in `summary`. Its words cannot
 * become parameters (that would mean reading the text), so it keeps them as recorded text under the event
 * `historic`; entity and action still say what kind of change it was.
 */
export interface HistoricAuditEntry extends Omit<AuditEntry, 'event' | 'params' | 'historicSummary'> {
  readonly summary: string
}

function isHistoric(entry: unknown): entry is HistoricAuditEntry {
  return typeof entry === 'object' && entry !== null && typeof (entry as { summary?: unknown }).summary === 'string' && !('event' in entry)
}

/** An entry in today's shape: an old one gets the event `historic` with its sentence kept; anything else is returned as it is. */
export function fromHistoricAuditEntry(entry: unknown): unknown {
  if (!isHistoric(entry)) return entry
  const { summary, ...rest } = entry
  return { ...rest, event: 'historic', params: {}, historicSummary: summary }
}
