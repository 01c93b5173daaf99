import { CliError, EXIT } from './exitCodes'
import { MAIN_HELP } from './help'
import type { CliIo } from './io'
import { demoCommand } from './commands/demo'
import { runCommand } from './commands/run'

type Command = (argv: readonly string[], io: CliIo) => Promise<number>

const COMMANDS: Readonly<Record<string, Command>> = {
  demo: demoCommand,
  run: runCommand,
}

/**
 * The command line without the process around it: takes the arguments after the script name and returns
 * the exit code. Every failure becomes a Dutch message on `io.err`; nothing is thrown.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.out(MAIN_HELP)
      return name === undefined ? EXIT.usage : EXIT.ok
    }
    const command = COMMANDS[name]
    if (!command) throw new CliError(EXIT.usage, `Onbekende opdracht "${name}". Kies uit: ${Object.keys(COMMANDS).join(', ')}. Zie: npm run cli -- --help`)
    return await command(rest, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`Fout: ${error.message}`)
      return error.exitCode
    }
    io.err(`Onverwachte fout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return EXIT.failed
  }
}
