import { basename, resolve } from 'node:path'
import { appendToTrail } from '@shared/audit/appendToTrail'
import { backupSourceOf } from '@shared/backup/jsonChunks'
import type { BackupData } from '@shared/backup/schema'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { mergeUsage, usageImportAuditRecord } from '@shared/import/applyUsage'
import type { TableRow } from '@shared/import/table'
import { checkUsageImport, type UsageImportPreview } from '@shared/import/usageImport'
import type { DecimalStyle } from '@shared/import/values'
import { usageImportInput } from '@shared/imports/record'
import { auditEntrySchema } from '@shared/model'
import { importText, type Language } from '@shared/problems/words'
import { pathExists } from '../../main/files/fileNames'
import { choice, optionalDate, parseCommandArgs, requiredText } from '../args'
import { CliError, EXIT, cliFailure } from '../exitCodes'
import { cliText } from '../i18n/text'
import { importClerk, withImportRecord } from '../importHistory'
import type { CliIo } from '../io'
import { readBackupFile } from '../readBackup'
import { readImportFile } from '../readImportFile'
import { appErrorToCliError } from '../runErrors'
import { importOnboardingCommand } from './importOnboarding'
import { writeBackupFile } from '../writeBackup'

/** Every refused row with its line and reasons, in `lang`; the caller prints them and writes nothing. */
function refusedRows(name: string, preview: UsageImportPreview): CliError {
  const words = (lang: Language) =>
    [
      cliText(lang, 'cli.importRefused', { name, count: preview.rejected.length, rows: preview.dataRows }),
      ...preview.rejected.map((row) =>
        cliText(lang, 'cli.importRow', {
          line: row.line,
          clientNumber: row.clientNumber || '—',
          problems: row.problems.map((p) => importText(p, lang)).join('; '),
        }),
      ),
    ].join('\n')
  return new CliError(EXIT.inconsistent, words('nl'), { words })
}

/** The usage the app's import would store from `rows`, or a refusal naming every bad row. */
function checkedUsage(
  rows: readonly TableRow[],
  data: BackupData,
  today: CalendarDate,
  name: string,
  decimalStyle: DecimalStyle | undefined,
): UsageImportPreview {
  const check = checkUsageImport(
    rows,
    {
      today,
      startDay: data.settings.billingPeriodStartDay,
      partners: data.partners,
      clients: data.clients,
      subscriptionPeriods: data.subscriptionPeriods,
    },
    decimalStyle === undefined ? {} : { decimalStyle },
  )
  if (!check.ok) {
    const problem = check.problem
    throw new CliError(EXIT.inconsistent, importText(problem, 'nl'), {
      words: (lang) => cliText(lang, 'cli.importFileRefused', { name, problem: importText(problem, lang) }),
    })
  }
  const { decimal } = check.preview
  // As in the app: a number that reads two ways is never read silently when the file shows no style.
  if (decimal.needsChoice)
    throw cliFailure(EXIT.inconsistent, 'cli.importDecimalChoice', {
      name,
      count: decimal.twoWayLines.length,
      lines: decimal.twoWayLines.slice(0, 20).join(', '),
    })
  if (check.preview.rejected.length > 0) throw refusedRows(name, check.preview)
  return check.preview
}

/** The backup's data with the usage stored as the app stores it, and the import recorded in its audit trail and import history. */
function withImportedUsage(data: BackupData, preview: UsageImportPreview, source: string, at: string, clerk: string): { data: BackupData; replaced: number } {
  const merged = mergeUsage(data.usage, preview.usage)
  const body = auditEntrySchema.parse({
    at,
    clerk,
    outcome: 'ok',
    ...usageImportAuditRecord(preview.usage, merged.replaced, source),
  })
  const importing = new Set(preview.usage.map((u) => u.id))
  const record = usageImportInput(
    source,
    preview.usage,
    data.usage.filter((u) => importing.has(u.id)),
  )
  return { data: withImportRecord({ ...data, usage: merged.usage, auditEntries: appendToTrail(data.auditEntries, [body]) }, record), replaced: merged.replaced }
}

/**
 * `import usage`: applies a usage file (`.xlsx` or `.csv`) to a backup with the app's own import rules and
 * writes the result as a new backup. A file with any bad row is refused whole, each bad row named with why,
 * and nothing is written; OUT gets its name only when complete and never replaces a file without --force.
 */
export async function importUsageCommand(argv: readonly string[], io: CliIo, lang: Language): Promise<number> {
  const values = parseCommandArgs('import usage', argv, {
    backup: { type: 'string' },
    file: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    decimal: { type: 'string' },
    clerk: { type: 'string' },
    force: { type: 'boolean' },
  })
  if (values.help === true) {
    io.out(cliText(lang, 'cli.importHelp'))
    return EXIT.ok
  }
  const backupPath = resolve(io.cwd, requiredText(values, 'backup', 'import usage'))
  const filePath = resolve(io.cwd, requiredText(values, 'file', 'import usage'))
  const out = resolve(io.cwd, requiredText(values, 'out', 'import usage'))
  const today = optionalDate(values, 'today') ?? io.today()
  const clerk = importClerk(values, 'import usage')
  const force = values.force === true
  const decimalStyle = values.decimal === undefined ? undefined : choice(values, 'decimal', ['comma', 'point'], 'comma')
  if (!force && (await pathExists(out))) throw cliFailure(EXIT.output, 'cli.outExists', { path: out })

  io.err(cliText(lang, 'cli.readingBackup', { path: backupPath }))
  const backup = await readBackupFile(backupPath)
  const table = await readImportFile(filePath)
  const preview = checkedUsage(table.rows, backup.data, today, table.fileName, decimalStyle)
  const result = withImportedUsage(backup.data, preview, table.fileName, new Date().toISOString(), clerk)
  try {
    const written = await writeBackupFile(out, backupSourceOf(result.data, backup.exportedAt), { force, signal: io.signal })
    io.err(
      cliText(lang, 'cli.importDone', { rows: preview.usage.length, replaced: result.replaced, periods: preview.periods.join(', '), name: basename(written) }),
    )
    io.out(written)
  } catch (error) {
    throw appErrorToCliError(error)
  }
  return EXIT.ok
}

/** `import <kind>`: which records a file brings in. */
export function importCommand(argv: readonly string[], io: CliIo, lang: Language = 'nl'): Promise<number> {
  const [kind, ...rest] = argv
  if (kind === undefined || kind === '--help' || kind === '-h') {
    io.out(cliText(lang, 'cli.importHelp'))
    return Promise.resolve(kind === undefined ? EXIT.usage : EXIT.ok)
  }
  if (kind === 'partners' || kind === 'clients') return importOnboardingCommand(kind, rest, io, lang)
  if (kind !== 'usage') throw cliFailure(EXIT.usage, 'cli.importUnknownKind', { kind, kinds: 'usage, partners, clients' })
  return importUsageCommand(rest, io, lang)
}
