import type { ZipEntry } from './zipArchive'

/**
 * Rows are produced faster than they are compressed: without pacing, the XML piles up in memory (for a
 * 100,000-row sheet, tens to hundreds of MB) and compression only catches up once the sheet is done.
 * Pacing the writer on the entry's backlog keeps memory flat and lets compression (on libuv's thread
 * pool) run alongside the next rows.
 */

/** Above this the writer gives the event loop a turn, so finished compression work is handed on. */
const YIELD_ABOVE = 256 * 1024
/** Above this the writer waits until the zip has taken everything (a few ms of compression). */
const WAIT_ABOVE = 4 * 1024 * 1024

/** What the pacing needs of a zip entry (ZipEntry; tests give a stand-in). */
export type ZipBacklog = Pick<ZipEntry, 'pending' | 'drained' | 'closed'>

/**
 * Called after a piece of XML went to the zip: when the zip lags behind, gives the event loop a turn (its
 * compression callbacks run) or, further behind, waits until it has caught up. Returns at once otherwise.
 */
export async function keepPaceWithZip(backlog: ZipBacklog | null): Promise<void> {
  if (backlog === null || backlog.closed) return
  const pending = backlog.pending()
  if (pending > WAIT_ABOVE) await backlog.drained()
  else if (pending > YIELD_ABOVE) await new Promise<void>((resolve) => setImmediate(resolve))
}
