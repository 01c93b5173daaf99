import { basename, resolve } from 'node:path'
import { DomainRuleError } from '@shared/domain/errors'
import { formatMoney } from '@shared/format/money'
import type { BackupData } from '@shared/backup/schema'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import type { PeriodName } from '@shared/model/common'
import { ruleText, type Language } from '@shared/problems/words'
import { verifyBackup } from '@shared/verify/verifyBackup'
import { fileList } from '../../main/files/replacedFiles'
import type { LogoImage } from '../../main/logo/logoImage'
import { readLogoFile } from '../../main/logo/logoStore'
import { runMonthlyJob, withUsageFor, writeSummaryFile } from '../../main/services/monthlyJob'
import { optionalDate, parseCommandArgs, requiredPeriod, requiredText } from '../args'
import { CliError, EXIT, cliFailure } from '../exitCodes'
import { cliText } from '../i18n/text'
import type { CliIo } from '../io'
import { collectGarbage } from '../memory'
import { checkOutputFolder } from '../outputFolder'
import { progressLine } from '../progress'
import { readBackupFile } from '../readBackup'
import { appErrorToCliError, failureAfterReplacingToCliError } from '../runErrors'
import { findingLines } from '../verifyLines'

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw cliFailure(EXIT.cancelled, 'cli.cancelledNothingWritten')
}

/** Refuses data that fails `verify`, naming every problem; nothing has been written yet. */
function refuseInconsistent(path: string, data: BackupData, today: CalendarDate): void {
  const findings = verifyBackup(data, today)
  if (findings.length === 0) return
  const name = basename(path)
  const words = (lang: Language) =>
    [cliText(lang, 'cli.verifyRefused', { name, count: findings.length }), ...findingLines(findings, lang).map((line) => `  ${line}`)].join('\n')
  throw new CliError(EXIT.inconsistent, words('nl'), { words })
}

/** The backup, checked whole and against every consistency rule, with only the usage the period needs (the rest is freed before writing). */
async function readForPeriod(path: string, period: PeriodName, today: CalendarDate): Promise<{ data: BackupData; exportedAt: string }> {
  const backup = await readBackupFile(path)
  refuseInconsistent(path, backup.data, today)
  return { data: withUsageFor(backup.data, period), exportedAt: backup.exportedAt }
}

/** The `--logo` file, checked like the app checks a chosen logo; its refusal in the command line's words. */
async function readLogo(path: string): Promise<LogoImage> {
  try {
    return await readLogoFile(path)
  } catch (error) {
    throw appErrorToCliError(error)
  }
}

/**
 * `run`: every file of a billing period from a backup. Arguments, the output folder and the whole backup
 * (its format, its references and every consistency rule of `verify`) are checked before the first file is written; a run that fails or is cancelled halfway removes what it
 * wrote, so the folder holds a complete run or nothing of it.
 */
export async function runCommand(argv: readonly string[], io: CliIo, lang: Language = 'nl'): Promise<number> {
  const values = parseCommandArgs('run', argv, {
    backup: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    force: { type: 'boolean' },
    logo: { type: 'string' },
  })
  if (values.help === true) {
    io.out(cliText(lang, 'cli.runHelp'))
    return EXIT.ok
  }
  const backupPath = resolve(io.cwd, requiredText(values, 'backup', 'run'))
  const period = requiredPeriod(values, 'period', 'run')
  const outPath = resolve(io.cwd, requiredText(values, 'out', 'run'))
  const today = optionalDate(values, 'today') ?? io.today()
  const force = values.force === true
  const logoPath = typeof values.logo === 'string' ? resolve(io.cwd, values.logo) : null

  // Checked before anything is written, like the backup: a wrong logo writes nothing.
  const logo = logoPath === null ? null : await readLogo(logoPath)
  const folder = await checkOutputFolder(outPath, force)
  io.err(cliText(lang, 'cli.readingBackup', { path: backupPath }))
  const { data, exportedAt } = await readForPeriod(backupPath, period, today)
  collectGarbage()
  throwIfCancelled(io.signal)

  const leftovers = await folder.prepare()
  if (leftovers.length > 0) io.err(cliText(lang, 'cli.removedLeftovers', { count: leftovers.length, files: fileList(leftovers) }))
  try {
    const result = await runMonthlyJob(data, outPath, {
      period,
      today,
      dataExportedAt: exportedAt,
      signal: io.signal,
      onProgress: (done, total, name) => io.err(progressLine(lang, done, total, data.partners.length, name)),
      ifExists: force ? 'replace' : 'keep-both',
      logo,
    })
    if (result.cancelled || io.signal.aborted) throw cliFailure(EXIT.cancelled, 'cli.cancelledRemoved')
    await writeSummaryFile(outPath, result.summary, force ? 'replace' : 'keep-both')
    const { totals } = result.summary
    io.err(cliText(lang, 'cli.done', { files: totals.files + 1, invoices: totals.invoices, total: formatMoney(totals.invoiceTotalCents) }))
    io.out(outPath)
    return EXIT.ok
  } catch (error) {
    await folder.removeWritten()
    // Files replaced with --force cannot be put back: the message names them instead of "nothing changed".
    const replaced = await folder.replaced()
    if (error instanceof DomainRuleError) {
      const { code, params } = error
      const words = (language: Language) => cliText(language, 'cli.backupDataWrong', { problem: ruleText(code, params, language) })
      throw failureAfterReplacingToCliError(new CliError(EXIT.input, words('nl'), { cause: error, words }), replaced)
    }
    throw failureAfterReplacingToCliError(error, replaced)
  }
}
