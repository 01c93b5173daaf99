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
 * How long a worker waits after its last result before it writes it for the next window. Writing the start
 * page's lists (some 40,000 rows at 100,000 clients) takes the worker a few tenths of a second; right after
 * an answer that time is the window's, which is drawing it. A newer result within the wait replaces the
 * older one, so a busy clerk's results are written once.
 */
export const KEEP_AFTER_MS = 2000

const waiting = new Map<KeptResultKey, ReturnType<typeof setTimeout>>()

/**
 * Keeps a result for the next window, after `KEEP_AFTER_MS`. Only a saving of time: when the write fails (a
 * full disk) or the window closes before it, the next window computes as it would have without it, so
 * neither is the clerk's concern. A result written late is still exact: it carries the mark read before it
 * was computed.
 */
export function keepResult(repos: Repositories, key: KeptResultKey, at: KeptAt, value: unknown): void {
  clearTimeout(waiting.get(key))
  waiting.set(
    key,
    setTimeout(() => {
      waiting.delete(key)
      repos.keptResults.keep({ key, ...at, value }).catch(() => undefined)
    }, KEEP_AFTER_MS),
  )
}
