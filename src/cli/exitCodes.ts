import type { RuleParams } from '@shared/problems/rules'
import type { Language } from '@shared/problems/words'
import type { CliCode } from './i18n/catalogue'
import { cliText } from './i18n/text'

/** Exit codes of the command line (docs/cli.md), so scripts can tell what went wrong. */
export const EXIT = {
  ok: 0,
  /** Something failed while writing or unexpectedly; nothing of this run is left behind. */
  failed: 1,
  /** Wrong use: unknown command or option, missing or malformed value. */
  usage: 2,
  /** An input file (the backup, or the file to import) is missing, unreadable or not what it must be. */
  input: 3,
  /** The output cannot be written where asked: file exists, folder not creatable or not empty. */
  output: 4,
  /** The data breaks a rule: a consistency rule of `verify` (`run`, `finalise` refuse it), a finalising guard, or a row of a file to import. */
  inconsistent: 5,
  /** Cancelled with Ctrl-C (128 + SIGINT, as shells report it). */
  cancelled: 130,
} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/**
 * A failure with the exit code it ends the command with. `message` is Dutch; `words` gives the message in
 * the language of `--lang` (the command line's own failures have it; one made from main's error may not).
 */
export class CliError extends Error {
  private readonly words: ((lang: Language) => string) | undefined

  constructor(
    readonly exitCode: ExitCode,
    message: string,
    options?: { cause?: unknown; words?: (lang: Language) => string },
  ) {
    super(message, options)
    this.name = 'CliError'
    this.words = options?.words
  }

  /** The message in `lang`; without words of its own, the message as given. */
  textIn(lang: Language): string {
    return this.words?.(lang) ?? this.message
  }
}

/** A failure named by a code of the command line's messages, worded in the language asked for when shown. */
export function cliFailure(exitCode: ExitCode, code: CliCode, params: RuleParams = {}, cause?: unknown): CliError {
  return new CliError(exitCode, cliText('nl', code, params), { cause, words: (lang) => cliText(lang, code, params) })
}
