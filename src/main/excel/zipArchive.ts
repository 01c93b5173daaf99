import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib'
import { Zip, type ZipInputFile } from 'fflate'

/** Calls `done` on the first of these events and stops listening to the others. */
function settleOnce(stream: Writable, events: readonly string[], done: () => void): void {
  const listener = () => {
    for (const event of events) stream.removeListener(event, listener)
    done()
  }
  for (const event of events) stream.once(event, listener)
}

/** PKZIP's method number for deflate (APPNOTE 4.4.5). */
const DEFLATE = 8

/**
 * One part of the package, compressed as it is written: the text goes to Node's own deflate (on libuv's
 * thread pool, alongside the next rows), whose output fflate's Zip frames as the entry. Back-pressure is
 * public: what deflate and the file have not yet taken is `pending()`, and `drained()` waits for it.
 */
export class ZipEntry {
  private readonly deflate: DeflateRaw
  private crc = 0
  private size = 0
  private failure: Error | null = null
  readonly done: Promise<void>

  constructor(
    file: ZipInputFile,
    private readonly out: Writable,
    level: number,
  ) {
    this.deflate = createDeflateRaw({ level })
    // zlib's output buffers are its own, never shared memory.
    this.deflate.on('data', (chunk: Buffer<ArrayBuffer>) => file.ondata?.(null, chunk, false))
    this.done = new Promise<void>((resolve, reject) => {
      this.deflate.on('end', () => {
        file.crc = this.crc
        file.size = this.size
        file.ondata?.(null, new Uint8Array(0), true)
        resolve()
      })
      this.deflate.on('error', (error: Error) => {
        this.failure = error
        reject(error)
      })
    })
    // A failure is reported by the archive's finish (or the caller's own await); never unhandled.
    this.done.catch(() => undefined)
  }

  /** Text or bytes of the part. Bytes are copied: callers reuse their buffer right after. */
  write(chunk: string | Uint8Array): void {
    if (this.failure) throw this.failure
    const data: Buffer<ArrayBuffer> = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)
    if (data.length === 0) return
    this.crc = crc32(data, this.crc)
    this.size += data.length
    this.deflate.write(data)
  }

  /** Bytes written and not yet compressed, plus compressed bytes the file has not yet taken. */
  pending(): number {
    return this.deflate.writableLength + this.out.writableLength
  }

  /** Resolves once deflate and the file have caught up (or cannot any more: the archive reports why). */
  async drained(): Promise<void> {
    while (!this.closed) {
      if (this.deflate.writableNeedDrain) await Promise.race([once(this.deflate, 'drain'), this.done.catch(() => undefined)])
      else if (this.out.writableNeedDrain) await new Promise<void>((resolve) => settleOnce(this.out, ['drain', 'close', 'error'], resolve))
      else return
    }
  }

  /** Stops compressing (the file is being thrown away). */
  abort(): void {
    this.deflate.destroy()
  }

  get closed(): boolean {
    return this.failure !== null || this.deflate.destroyed || this.out.destroyed
  }

  end(): Promise<void> {
    this.deflate.end()
    return this.done
  }
}

/**
 * A zip file written as it is made (fflate's streaming Zip, with data descriptors), one part after the
 * other into `out`. The archive's bytes go to `out` in order; `finish` writes the central directory.
 */
export class ZipArchive {
  private readonly zip: Zip
  private failure: Error | null = null
  private readonly finished: Promise<void>
  private readonly entries: ZipEntry[] = []

  constructor(
    private readonly out: Writable,
    // The fastest level, as the files have always been compressed: a few percent larger, several times faster.
    private readonly level: number = constants.Z_BEST_SPEED,
  ) {
    let settle: { resolve: () => void; reject: (error: Error) => void } = { resolve: () => undefined, reject: () => undefined }
    this.finished = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject }
    })
    this.finished.catch(() => undefined)
    // A write that failed (disk full, file gone) fails the archive; the stream's own error event says why.
    out.on('error', (error: Error) => {
      this.failure ??= error
    })
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error
        settle.reject(error)
        return
      }
      if (chunk.length > 0) out.write(chunk)
      if (final) settle.resolve()
    })
  }

  /** A part written piece by piece (a sheet). */
  entry(name: string): ZipEntry {
    if (this.failure) throw this.failure
    const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: DEFLATE }
    this.zip.add(file)
    const entry = new ZipEntry(file, this.out, this.level)
    this.entries.push(entry)
    return entry
  }

  /** A part known whole (styles, the workbook, the shared strings). */
  async add(name: string, content: string | Buffer): Promise<void> {
    const entry = this.entry(name)
    entry.write(content)
    await entry.end()
  }

  /** Stops every part's compression: the file is being thrown away. */
  abort(): void {
    for (const entry of this.entries) entry.abort()
  }

  /** Writes the central directory once every part has ended; resolves when its last byte went to `out`. */
  async finish(): Promise<void> {
    await Promise.all(this.entries.map((entry) => entry.done))
    this.zip.end()
    await this.finished
    if (this.failure) throw this.failure
  }
}
