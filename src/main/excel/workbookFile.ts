import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { AppError } from '../appError'
import { writeFileAtomically, type AtomicWriteFs, type IfExists } from '../files/atomicWrite'
import { StreamingWorkbook } from './streamingWorkbook'

/** Document properties (File → Info in Excel): what it is and who made it. */
export interface WorkbookProperties {
  readonly title: string
  readonly subject: string
  /** The operator's name; empty for a file no operator made (an import template). */
  readonly creator: string
  /** The day the report is about; not a property of the file (a template has none). */
  readonly generatedOn?: CalendarDate
  readonly keywords?: string
}

export interface WriteWorkbookOptions {
  /** Default `keep-both`: an existing file is never replaced; the new one gets ` (2)`. */
  readonly ifExists?: IfExists
  readonly signal?: AbortSignal
  /** The moment stored as "created" in the document properties (injectable for tests). */
  readonly now?: Date
  /** File operations for the final rename (tests simulate a locked file with it). */
  readonly fs?: AtomicWriteFs
  /**
   * The file gets its final name only after this settles, so a caller can build the next file while the
   * previous one is still being finished, and files still appear in order (see FileSequence).
   */
  readonly after?: Promise<void>
}

/**
 * Writes one workbook with the streaming writer (StreamingWorkbook): rows go to disk as they are committed, so a sheet
 * of 100,000 clients needs little memory. The file is filled under a temporary name and renamed when
 * complete (spec X2, via writeFileAtomically): a failure or cancellation halfway leaves no file under the
 * final name and an existing file untouched. Returns the path actually written and what `build` returned.
 */
export async function writeWorkbookFile<T>(
  targetPath: string,
  properties: WorkbookProperties,
  build: (workbook: StreamingWorkbook, checkpoint: () => Promise<void>) => Promise<T>,
  options: WriteWorkbookOptions = {},
): Promise<{ path: string; result: T }> {
  let result: T | undefined
  const checkpoint = cancellationCheckpoint(options.signal)
  const path = await writeFileAtomically(
    targetPath,
    async (tempPath) => {
      const stream = createWriteStream(tempPath, { flags: 'wx' })
      const closed = once(stream, 'close')
      // An error (the folder is gone) rejects this before it is awaited; the commit reports it.
      closed.catch(() => undefined)
      // Errors surface through commit() or the stream; these handlers keep a late one from crashing the process.
      stream.on('error', () => undefined)
      const workbook = new StreamingWorkbook(stream)
      setProperties(workbook, properties, options.now ?? new Date())
      try {
        result = await build(workbook, checkpoint)
        await checkpoint()
        await workbook.commit()
        stream.end()
        await closed
        if (options.after) {
          await options.after
          await checkpoint()
        }
      } catch (error) {
        workbook.abort()
        stream.destroy()
        await closed.catch(() => undefined)
        throw error
      }
    },
    { ifExists: options.ifExists ?? 'keep-both', ...(options.signal ? { signal: options.signal } : {}), ...(options.fs ? { fs: options.fs } : {}) },
  )
  return { path, result: result as T }
}

function setProperties(workbook: StreamingWorkbook, properties: WorkbookProperties, now: Date): void {
  Object.assign(workbook.properties, {
    title: properties.title,
    subject: properties.subject,
    creator: properties.creator,
    keywords: properties.keywords ?? '',
    // Spell checking and readers use the language.
    language: 'nl-NL',
    created: now,
  })
}

const ROWS_BETWEEN_YIELDS = 500

/**
 * Called once per row by the sheet writers: every few hundred rows it gives the event loop a turn (the
 * zip stream drains, the app stays responsive, a cancel click arrives) and stops when the signal aborted.
 */
function cancellationCheckpoint(signal: AbortSignal | undefined): () => Promise<void> {
  let calls = 0
  return async () => {
    calls++
    if (calls % ROWS_BETWEEN_YIELDS === 0) await new Promise<void>((resolve) => setImmediate(resolve))
    if (signal?.aborted) throw new AppError('cancelled')
  }
}
