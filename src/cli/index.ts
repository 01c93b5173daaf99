import { amsterdamToday, type CliIo } from './io'
import { main } from './main'

/**
 * Entry of `npm run cli -- <command>`: the real process around `main`. Ctrl-C aborts the running command,
 * which removes what it wrote and ends with exit code 130; a second Ctrl-C ends the process at once.
 */
function processIo(): CliIo {
  const controller = new AbortController()
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(130)
    process.stderr.write('\nAfbreken … (nog eens Ctrl-C om direct te stoppen)\n')
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

main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`Onverwachte fout: ${String(error)}\n`)
    process.exitCode = 1
  },
)
