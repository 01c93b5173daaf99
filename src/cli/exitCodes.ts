/** Exit codes of the command line (docs/cli.md), so scripts can tell what went wrong. */
export const EXIT = {
  ok: 0,
  /** Something failed while writing or unexpectedly; nothing of this run is left behind. */
  failed: 1,
  /** Wrong use: unknown command or option, missing or malformed value. */
  usage: 2,
  /** The input file is missing, unreadable or not a valid backup. */
  input: 3,
  /** The output cannot be written where asked: file exists, folder not creatable or not empty. */
  output: 4,
  /** Cancelled with Ctrl-C (128 + SIGINT, as shells report it). */
  cancelled: 130,
} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** A failure with its Dutch message and the exit code it ends the command with. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'CliError'
  }
}
