import { open, type FileHandle } from 'node:fs/promises'
import { AppError } from '../appError'
import { writeFileAtomically, type IfExists } from '../files/atomicWrite'
import type { StreamingEncryption } from './backupCrypto'

/** A file written piece by piece into a temporary file; it gets its final name only on `finish`. */
export interface StreamedWrite {
  append(text: string): Promise<void>
  /** Writes `end`, flushes and renames atomically; the path actually written. */
  finish(end: string): Promise<string>
  /** Removes the temporary file; nothing appears under the final name. */
  cancel(): Promise<void>
}

interface Deferred<T> {
  readonly promise: Promise<T>
  resolve(value: T): void
  reject(error: unknown): void
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/**
 * Opens the temporary file beside `target` and writes `start` into it. The atomic write stays open (its
 * `write` waits) until `finish` or `cancel`, so a failure anywhere removes the temporary file as it always does.
 * With `encryption` every piece is encrypted as it comes and the header line is rewritten with the tag at the end.
 */
export async function beginStreamedWrite(
  target: string,
  start: string,
  options: { ifExists: IfExists; encryption?: StreamingEncryption },
): Promise<StreamedWrite> {
  const { encryption } = options
  const opened = deferred<FileHandle>()
  const ended = deferred<string>()
  // Errors reach the caller through `finish`/`cancel`; the waiting promise must not count as unhandled meanwhile.
  ended.promise.catch(() => undefined)
  const written = writeFileAtomically(
    target,
    async (tempPath) => {
      const handle = await open(tempPath, 'wx')
      try {
        if (encryption) await handle.write(encryption.provisionalHeaderLine)
        opened.resolve(handle)
        const end = await ended.promise
        await writeText(handle, end)
        if (encryption) {
          const { tail, headerLine } = encryption.final()
          await handle.write(tail)
          await handle.write(headerLine, 0, headerLine.length, 0)
        }
      } finally {
        await handle.close()
      }
    },
    { ifExists: options.ifExists },
  )
  written.catch((error: unknown) => opened.reject(error))

  function writeText(handle: FileHandle, text: string): Promise<unknown> {
    const bytes = Buffer.from(text, 'utf8')
    return handle.write(encryption ? encryption.update(bytes) : bytes)
  }

  /** Ends the atomic write with `error`; its rejection (the error as a file error) is what the caller gets. */
  async function fail(error: unknown): Promise<never> {
    ended.reject(error)
    throw await written.then(
      () => error,
      (mapped: unknown) => mapped,
    )
  }

  const handle = await opened.promise
  let failed: Error | null = null
  const asError = (error: unknown) => (error instanceof Error ? error : new AppError('write-unexpected'))
  await writeText(handle, start).catch(fail)
  // One piece at a time: the window awaits each, but the order on disk must not depend on that.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    append(text) {
      const next = queue.then(async () => {
        if (failed !== null) throw failed
        await writeText(handle, text).catch(async (error: unknown) => {
          failed = asError(error)
          await fail(error).catch((mapped: unknown) => {
            failed = asError(mapped)
            throw failed
          })
        })
      })
      queue = next.catch(() => undefined)
      return next
    },
    async finish(end) {
      await queue
      if (failed !== null) throw failed
      ended.resolve(end)
      return written
    },
    async cancel() {
      await queue
      ended.reject(new AppError('cancelled'))
      await written.catch(() => undefined)
    },
  }
}
