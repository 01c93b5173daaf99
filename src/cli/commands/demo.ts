import { resolve } from 'node:path'
import { demoBackupSource, DESIGN_CASE, STRESS_CASE } from '@shared/demo/generate'
import { pathExists } from '../../main/files/fileNames'
import type { Language } from '@shared/problems/words'
import { choice, optionalDate, parseCommandArgs, requiredText } from '../args'
import { EXIT, cliFailure } from '../exitCodes'
import { cliText } from '../i18n/text'
import type { CliIo } from '../io'
import { appErrorToCliError } from '../runErrors'
import { writeBackupFile } from '../writeBackup'

const CASES = { design: DESIGN_CASE, stress: STRESS_CASE } as const

/**
 * `demo`: the demo data set as a backup file, streamed (the stress case is a few hundred MB) into a
 * temporary file that gets its final name only when complete.
 */
export async function demoCommand(argv: readonly string[], io: CliIo, lang: Language = 'nl'): Promise<number> {
  const values = parseCommandArgs('demo', argv, {
    out: { type: 'string' },
    case: { type: 'string' },
    today: { type: 'string' },
    force: { type: 'boolean' },
  })
  if (values.help === true) {
    io.out(cliText(lang, 'cli.demoHelp'))
    return EXIT.ok
  }
  const out = resolve(io.cwd, requiredText(values, 'out', 'demo'))
  const which = choice(values, 'case', ['design', 'stress'], 'design')
  const today = optionalDate(values, 'today') ?? io.today()
  const force = values.force === true
  if (!force && (await pathExists(out))) {
    throw cliFailure(EXIT.output, 'cli.demoExists', { path: out })
  }

  const options = { ...CASES[which], today }
  const clients = options.clients.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')
  io.err(cliText(lang, 'cli.demoWriting', { case: which, partners: options.partners, clients, path: out }))
  const source = demoBackupSource(options, new Date().toISOString())
  try {
    await writeBackupFile(out, source, { force, signal: io.signal }).then((written) => io.out(written))
  } catch (error) {
    throw appErrorToCliError(error)
  }
  return EXIT.ok
}
