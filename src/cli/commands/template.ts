import { resolve } from 'node:path'
import { EXAMPLE_PLANS } from '@shared/demo/catalogue'
import { IMPORT_KINDS, type ImportKind } from '@shared/onboarding/fields'
import type { Language } from '@shared/problems/words'
import { pathExists } from '../../main/files/fileNames'
import { writeImportTemplate } from '../../main/onboarding/importTemplate'
import { parseCommandArgs, requiredText } from '../args'
import { EXIT, cliFailure } from '../exitCodes'
import { cliText } from '../i18n/text'
import type { CliIo } from '../io'
import { readBackupFile } from '../readBackup'
import { appErrorToCliError } from '../runErrors'

const isKind = (value: string): value is ImportKind => (IMPORT_KINDS as readonly string[]).includes(value)

/**
 * `template KIND --out FILE [--backup IN]`: writes the import template the app writes, with the plan codes of
 * the backup's active plans in the drop-down (the example catalogue without --backup).
 */
export async function templateCommand(argv: readonly string[], io: CliIo, lang: Language = 'nl'): Promise<number> {
  const [kind, ...rest] = argv
  if (kind === undefined || kind === '--help' || kind === '-h') {
    io.out(cliText(lang, 'cli.templateHelp'))
    return kind === undefined ? EXIT.usage : EXIT.ok
  }
  if (!isKind(kind)) throw cliFailure(EXIT.usage, 'cli.templateUnknownKind', { kind, kinds: IMPORT_KINDS.join(', ') })
  const values = parseCommandArgs('template', rest, { out: { type: 'string' }, backup: { type: 'string' }, force: { type: 'boolean' } })
  if (values.help === true) {
    io.out(cliText(lang, 'cli.templateHelp'))
    return EXIT.ok
  }
  const out = resolve(io.cwd, requiredText(values, 'out', 'template'))
  const force = values.force === true
  if (!force && (await pathExists(out))) throw cliFailure(EXIT.output, 'cli.outExists', { path: out })
  const plans = typeof values.backup === 'string' ? (await readBackupFile(resolve(io.cwd, values.backup))).data.plans : EXAMPLE_PLANS
  const planCodes = [...plans]
    .filter((p) => p.active)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((p) => p.code)
  try {
    const written = await writeImportTemplate(out, kind, { planCodes, ifExists: force ? 'replace' : 'keep-both', signal: io.signal })
    io.out(written)
  } catch (error) {
    throw appErrorToCliError(error)
  }
  return EXIT.ok
}
