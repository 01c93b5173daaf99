import type { Worksheet } from 'exceljs'

/**
 * exceljs's streaming writer hands each sheet's XML to the zip without waiting for it: its sheet stream
 * ignores back-pressure, so when rows are produced faster than they are compressed, the XML piles up in
 * memory (for a 100,000-row sheet, tens to hundreds of MB) and compression only catches up once the sheet
 * is done. Pacing the writer on that backlog keeps memory flat and lets compression (on libuv's thread
 * pool) run alongside the next rows.
 */

/** Above this the writer gives the event loop a turn, so finished compression work is handed on. */
const YIELD_ABOVE = 256 * 1024
/** Above this the writer waits until the zip has taken everything (a few ms of compression). */
const WAIT_ABOVE = 4 * 1024 * 1024

/** The stream holding the backlog; archiver makes it with readable-stream 2, which has no `writableLength` yet. */
interface BacklogStream {
  readonly writableLength?: number
  readonly _writableState?: { readonly length?: unknown }
  readonly destroyed?: boolean
  once(event: string, listener: (...args: unknown[]) => void): unknown
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown
}

export interface ZipBacklog {
  /** Bytes of XML handed to the zip entry and not yet taken by the compressor. */
  readonly pending: () => number
  readonly stream: BacklogStream
}

function pendingBytes(stream: BacklogStream): number | null {
  if (typeof stream.writableLength === 'number') return stream.writableLength
  const length = stream._writableState?.length
  return typeof length === 'number' ? length : null
}

/**
 * The stream between a streaming sheet and its zip entry, whose buffer is the backlog: exceljs pipes the
 * sheet's own buffer into it (`stream.pipes[0]`, a PassThrough made by archiver). Null when exceljs is
 * built differently (another version); the writer then runs unpaced, as exceljs itself does.
 */
export function zipBacklogOf(sheet: Worksheet): ZipBacklog | null {
  const stream = (sheet as unknown as { stream?: { pipes?: unknown } }).stream
  const pipes = stream?.pipes
  const target = Array.isArray(pipes) && pipes.length === 1 ? (pipes[0] as Partial<BacklogStream> | null | undefined) : null
  if (!target || typeof target.once !== 'function' || typeof target.removeListener !== 'function') return null
  const backlog = target as BacklogStream
  if (pendingBytes(backlog) === null) return null
  return { stream: backlog, pending: () => pendingBytes(backlog) ?? 0 }
}

/** Resolves when the stream has passed on everything, or can no longer (closed, failed: commit reports that). */
function drained(stream: BacklogStream): Promise<void> {
  return new Promise((resolve) => {
    const events = ['drain', 'close', 'error', 'finish']
    const done = () => {
      for (const event of events) stream.removeListener(event, done)
      resolve()
    }
    for (const event of events) stream.once(event, done)
  })
}

/**
 * Called after a piece of XML went to the zip: when the zip lags behind, gives the event loop a turn (its
 * compression callbacks run) or, further behind, waits until it has caught up. Returns at once otherwise.
 */
export async function keepPaceWithZip(backlog: ZipBacklog | null): Promise<void> {
  if (backlog === null || backlog.stream.destroyed === true) return
  const pending = backlog.pending()
  if (pending > WAIT_ABOVE) await drained(backlog.stream)
  else if (pending > YIELD_ABOVE) await new Promise<void>((resolve) => setImmediate(resolve))
}
