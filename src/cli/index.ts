import type { Language } from '@shared/problems/words'
import { cliText } from './i18n/text'
import { amsterdamToday, type CliIo } from './io'
import { languageOf } from './language'
import { main } from './main'

/**
 * Entry of `npm run cli -- <command>`: the real process around `main`. Ctrl-C aborts the running command,
 * which removes what it wrote and ends with exit code 130; a second Ctrl-C ends the process at once.
 */
function processIo(lang: Language): CliIo {
  const controller = new AbortController()
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(130)
    process.stderr.write(`${cliText(lang, 'cli.aborting')}\n`)
    controller.abort()
  })
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.cwd(),
    today: () => amsterdamToday(new Date()),
    signal: controller.signal,
  }
}

const argv = process.argv.slice(2)
const lang = languageOf(argv)

main(argv, processIo(lang)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${cliText(lang, 'cli.unexpected', { detail: String(error) })}\n`)
    process.exitCode = 1
  },
)
