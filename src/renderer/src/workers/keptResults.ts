import type { z } from 'zod'
import type { CalendarDate } from '@shared/model'
import type { Repositories } from '../data'
import type { KeptResultKey } from '../data/keptResult'
import type { AuditMark } from '../data/repositories/overview'
import type { Spared } from './keptRead'

/** What a kept result was computed at: the audit trail's end (read before the tables), the day and the settings. */
export interface KeptAt {
  readonly mark: AuditMark
  readonly today: CalendarDate
  readonly settings: string
}

/** Where the data stands now, as a kept result records it; the mark is read first, so a write meanwhile is looked at again. */
export async function keptAt(repos: Repositories, today: CalendarDate): Promise<KeptAt> {
  const mark = await repos.overview.auditMark()
  return { mark, today, settings: JSON.stringify(await repos.settings.get()) }
}

/**
 * The result kept under `key` when it still holds: computed on `today` with today's settings, and every write
 * since its mark is one `spared` says leaves it as it was. Every write is audited in its own transaction, so
 * that is exact. Null when it must be computed.
 */
export async function keptResult<T>(repos: Repositories, key: KeptResultKey, today: CalendarDate, value: z.ZodType<T>, spared: Spared): Promise<T | null> {
  const [kept, settings] = await Promise.all([repos.keptResults.get(key, value), repos.settings.get()])
  if (kept === undefined || kept.today !== today || kept.settings !== JSON.stringify(settings)) return null
  const changes = await repos.overview.changesSince(kept.mark, spared, 0)
  return changes !== null && changes.length === 0 ? kept.value : null
}

/**
 * Keeps a result for the next window. Only a saving of time: when the write fails (a full disk), the next
 * window computes as it would have without it, so the failure is not the clerk's concern.
 */
export async function keepResult(repos: Repositories, key: KeptResultKey, at: KeptAt, value: unknown): Promise<void> {
  try {
    await repos.keptResults.keep({ key, ...at, value })
  } catch {
    // See above.
  }
}
