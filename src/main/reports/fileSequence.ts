/** One file of a run: `after` settles once every earlier file is complete; the file may appear only then. */
export type FileJob<T> = (io: { readonly signal: AbortSignal; readonly after: Promise<void> }) => Promise<T>

/**
 * Writes files one after another, but lets the next file be built while the previous one is still being
 * finished (its zip closed, flushed to disk and renamed), which is mostly waiting on the disk and the
 * compression threads: for a run of 1,500 small files that waiting adds up to seconds. At most two files
 * are under way, and each appears under its final name only after the one before it, so the folder fills
 * in the same order as a strictly sequential run, and progress and cancellation mean the same.
 *
 * The first failure (or the caller's cancel) aborts the file still under way; it leaves no file behind
 * (writeFileAtomically) and `drain` reports the failure.
 */
export class FileSequence {
  private readonly abort = new AbortController()
  private readonly signal: AbortSignal
  /** Settles when every file started so far is complete; never rejects (failures are kept in `failure`). */
  private last: Promise<void> = Promise.resolve()
  /** Settles when every file but the latest is complete: the room for one more. */
  private beforeLast: Promise<void> = Promise.resolve()
  private failure: { readonly error: unknown } | null = null

  constructor(signal: AbortSignal | undefined) {
    this.signal = signal ? AbortSignal.any([signal, this.abort.signal]) : this.abort.signal
  }

  /**
   * Starts `job` once at most one earlier file is still under way; `done` gets its result in order, after
   * the results of every earlier file. Throws the first failure instead of starting anything after it.
   */
  async add<T>(job: FileJob<T>, done: (result: T) => void): Promise<void> {
    await this.beforeLast
    // After a failure the file still under way is aborted; it must be gone (its temporary file removed)
    // before the caller hears of the failure and reports that nothing is left behind.
    if (this.failure !== null) await this.last
    this.throwIfFailed()
    const after = this.last
    const work = job({ signal: this.signal, after })
    // Observed at once, so a failure is never an unhandled rejection while it waits for its turn.
    work.catch(() => undefined)
    this.beforeLast = after
    this.last = after.then(async () => {
      try {
        const result = await work
        if (this.failure === null) done(result)
      } catch (error) {
        this.fail(error)
      }
    })
  }

  /** Runs `step` once every file started so far is complete (progress in order); skipped after a failure. */
  afterAll(step: () => void): void {
    this.last = this.last.then(() => {
      if (this.failure === null) step()
    })
  }

  /** Waits for every file started so far; throws the first failure. */
  async drain(): Promise<void> {
    await this.last
    this.throwIfFailed()
  }

  private fail(error: unknown): void {
    // Files complete in order, so the first failure seen is the earliest file's; a later file cancelled
    // because of it is not the failure to report.
    if (this.failure !== null) return
    this.failure = { error }
    this.abort.abort()
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure.error
  }
}
