import type { Language } from '@shared/problems/words'
import { CliError, EXIT, cliFailure } from './exitCodes'
import { cliText } from './i18n/text'
import type { CliIo } from './io'
import { splitLanguage } from './language'
import { demoCommand } from './commands/demo'
import { finaliseCommand } from './commands/finalise'
import { importCommand } from './commands/importUsage'
import { runCommand } from './commands/run'
import { templateCommand } from './commands/template'
import { verifyCommand } from './commands/verify'

type Command = (argv: readonly string[], io: CliIo, lang: Language) => Promise<number>

const COMMANDS: Readonly<Record<string, Command>> = {
  demo: demoCommand,
  finalise: finaliseCommand,
  import: importCommand,
  run: runCommand,
  template: templateCommand,
  verify: verifyCommand,
}

/**
 * The command line without the process around it: takes the arguments after the script name and returns
 * the exit code. Every failure becomes a message on `io.err` in the language of `--lang` (Dutch by
 * default); nothing is thrown.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Language = 'nl'
  try {
    const split = splitLanguage(argv)
    lang = split.lang
    const [name, ...rest] = split.rest
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.out(cliText(lang, 'cli.mainHelp'))
      return name === undefined ? EXIT.usage : EXIT.ok
    }
    const command = COMMANDS[name]
    if (!command) throw cliFailure(EXIT.usage, 'cli.unknownCommand', { name, commands: Object.keys(COMMANDS).join(', ') })
    return await command(rest, io, lang)
  } catch (error) {
    if (error instanceof CliError) {
      io.err(cliText(lang, 'cli.error', { message: error.textIn(lang) }))
      return error.exitCode
    }
    io.err(cliText(lang, 'cli.unexpected', { detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
    return EXIT.failed
  }
}
