import { basename, resolve } from 'node:path'
import type { Language } from '@shared/problems/words'
import { verifyBackup } from '@shared/verify/verifyBackup'
import { optionalDate, parseCommandArgs, requiredText } from '../args'
import { EXIT } from '../exitCodes'
import { cliText } from '../i18n/text'
import type { CliIo } from '../io'
import { collectGarbage } from '../memory'
import { readBackupFile } from '../readBackup'
import { findingLines } from '../verifyLines'

/**
 * `verify`: every consistency rule of the data in a backup. Each problem is a line naming its record, the
 * last line counts them; the exit code says whether any was found. Broken references are findings here, not
 * a refusal of the file; a file that is no valid backup at all is refused as `run` refuses it.
 */
export async function verifyCommand(argv: readonly string[], io: CliIo, lang: Language = 'nl'): Promise<number> {
  const values = parseCommandArgs('verify', argv, {
    backup: { type: 'string' },
    today: { type: 'string' },
  })
  if (values.help === true) {
    io.out(cliText(lang, 'cli.verifyHelp'))
    return EXIT.ok
  }
  const backupPath = resolve(io.cwd, requiredText(values, 'backup', 'verify'))
  const today = optionalDate(values, 'today') ?? io.today()
  io.err(cliText(lang, 'cli.readingBackup', { path: backupPath }))
  const file = await readBackupFile(backupPath, { references: false })
  const findings = verifyBackup(file.data, today, file.auditHead)
  collectGarbage()
  const name = basename(backupPath)
  for (const line of findingLines(findings, lang)) io.out(line)
  if (findings.length === 0) {
    io.out(cliText(lang, 'cli.verifyClean', { name }))
    return EXIT.ok
  }
  io.out(cliText(lang, 'cli.verifyFound', { name, count: findings.length }))
  return EXIT.inconsistent
}
