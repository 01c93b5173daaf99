import { randomUUID } from 'node:crypto'
import { basename, resolve } from 'node:path'
import { backupSourceOf } from '@shared/backup/jsonChunks'
import type { BackupData } from '@shared/backup/schema'
import type { CalendarDate } from '@shared/calendar/calendarDate'
import { DomainRuleError } from '@shared/domain/errors'
import { finaliseProblems } from '@shared/domain/invoicing/finaliseGuards'
import { finaliseInvoice, numbersIssuedBefore } from '@shared/domain/invoicing/numbering'
import { computeMonthlyJob } from '@shared/domain/monthlyJob/monthlyJob'
import { compareText } from '@shared/domain/ordering'
import { formatMoney } from '@shared/format/money'
import { appendToTrail } from '@shared/audit/appendToTrail'
import { auditEntrySchema, invoiceSchema, type AuditEntry, type Invoice, type PeriodName } from '@shared/model'
import { finaliseProblemText } from '@shared/problems/finaliseGuardText'
import { ruleText, type Language } from '@shared/problems/words'
import { verifyBackup } from '@shared/verify/verifyBackup'
import { pathExists } from '../../main/files/fileNames'
import { optionalDate, parseCommandArgs, requiredPeriod, requiredText } from '../args'
import { CliError, EXIT, cliFailure } from '../exitCodes'
import { cliText } from '../i18n/text'
import type { CliIo } from '../io'
import { readBackupFile } from '../readBackup'
import { appErrorToCliError } from '../runErrors'
import { findingLines } from '../verifyLines'
import { writeBackupFile } from '../writeBackup'

export interface FinaliseResult {
  readonly data: BackupData
  readonly finalised: readonly Invoice[]
}

/** The period's concept invoices as the monthly job makes them, in the order they are numbered (partner name). */
export function periodConcepts(data: BackupData, period: PeriodName, today: CalendarDate): Invoice[] {
  const job = computeMonthlyJob(data, period, today)
  return job.invoices.filter((i) => i.status === 'concept' && i.kind === 'factuur').sort((a, b) => compareText(a.partner.name, b.partner.name))
}

/**
 * Finalises a period the way the invoicing screen's "Alle concepten definitief maken" does (spec rule 7):
 * every partner with something to bill and no standing final invoice gets its concept computed from the
 * data, numbered in the order of the screen's table (partner name) with the year's next gapless numbers,
 * dated `today` with the due date from the payment term, and frozen; stored concepts of those partners for
 * the period are replaced, and each finalisation is recorded in the audit trail as the app records it.
 * Pure apart from the ids: all of it or nothing (a numbering problem throws before anything is returned).
 */
export function finalisePeriod(
  data: BackupData,
  period: PeriodName,
  today: CalendarDate,
  at: string,
  newId: () => string = randomUUID,
  concepts = periodConcepts(data, period, today),
): FinaliseResult {
  const existingNumbers = data.invoices.flatMap((i) => (i.number === null ? [] : [i.number]))
  const finalised: Invoice[] = []
  for (const concept of concepts) {
    const invoice = invoiceSchema.parse(
      finaliseInvoice(
        { ...concept, id: newId() },
        {
          existingNumbers,
          finalisedDate: today,
          paymentTermDays: data.settings.paymentTermDays,
          issuedBefore: numbersIssuedBefore(data.settings.invoiceNumbering, Number(today.slice(0, 4))),
        },
      ),
    )
    if (invoice.number !== null) existingNumbers.push(invoice.number)
    finalised.push(invoice)
  }
  const replaced = new Set(finalised.map((i) => i.partnerId))
  const kept = data.invoices.filter((i) => !(i.period === period && i.status === 'concept' && i.kind === 'factuur' && replaced.has(i.partnerId)))
  const entries: AuditEntry[] = finalised.map((invoice) =>
    auditEntrySchema.parse({
      at,
      clerk: data.settings.clerkName,
      entity: 'invoice',
      recordId: invoice.id,
      action: 'finalise',
      outcome: 'ok',
      changes: [
        { field: 'status', before: 'concept', after: 'definitief' },
        { field: 'number', before: null, after: invoice.number },
      ],
      event: 'invoiceFinalised',
      params: { number: invoice.number ?? '', partner: invoice.partner.name },
    }),
  )
  return { data: { ...data, invoices: [...kept, ...finalised], auditEntries: appendToTrail(data.auditEntries, entries) }, finalised }
}

/**
 * `finalise`: reads and checks a backup (its format, references and every rule of `verify`), finalises the
 * period's concepts with the app's rules and writes the result as a new backup. Nothing is written when
 * anything is wrong; OUT gets its name only when complete and never replaces a file without --force.
 */
export async function finaliseCommand(argv: readonly string[], io: CliIo, lang: Language): Promise<number> {
  const values = parseCommandArgs('finalise', argv, {
    backup: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    force: { type: 'boolean' },
  })
  if (values.help === true) {
    io.out(cliText(lang, 'cli.finaliseHelp'))
    return EXIT.ok
  }
  const backupPath = resolve(io.cwd, requiredText(values, 'backup', 'finalise'))
  const period = requiredPeriod(values, 'period', 'finalise')
  const out = resolve(io.cwd, requiredText(values, 'out', 'finalise'))
  const today = optionalDate(values, 'today') ?? io.today()
  const force = values.force === true
  if (!force && (await pathExists(out))) throw cliFailure(EXIT.output, 'cli.outExists', { path: out })

  io.err(cliText(lang, 'cli.readingBackup', { path: backupPath }))
  const backup = await readBackupFile(backupPath)
  const findings = verifyBackup(backup.data, today)
  if (findings.length > 0) {
    const name = basename(backupPath)
    const words = (l: Language) =>
      [cliText(l, 'cli.verifyRefused', { name, count: findings.length }), ...findingLines(findings, l).map((line) => `  ${line}`)].join('\n')
    throw new CliError(EXIT.inconsistent, words('nl'), { words })
  }
  const concepts = periodConcepts(backup.data, period, today)
  const { settings } = backup.data
  const problems = finaliseProblems({ invoices: concepts, plans: backup.data.plans, operator: settings.operator, demoData: settings.demoData === true })
  if (problems.length > 0) {
    const words = (l: Language) =>
      [cliText(l, 'cli.finaliseRefused', { period, count: problems.length }), ...problems.map((p) => `  ${finaliseProblemText(p, l)}`)].join('\n')
    throw new CliError(EXIT.inconsistent, words('nl'), { words })
  }
  let result: FinaliseResult
  try {
    result = finalisePeriod(backup.data, period, today, new Date().toISOString(), randomUUID, concepts)
  } catch (error) {
    if (!(error instanceof DomainRuleError)) throw error
    const { code, params } = error
    const words = (l: Language) => cliText(l, 'cli.backupDataWrong', { problem: ruleText(code, params, l) })
    throw new CliError(EXIT.inconsistent, words('nl'), { cause: error, words })
  }
  try {
    const written = await writeBackupFile(out, backupSourceOf(result.data, backup.exportedAt), { force, signal: io.signal })
    const numbers = result.finalised.map((i) => i.number ?? '')
    const total = result.finalised.reduce((sum, i) => sum + i.totalCents, 0)
    io.err(
      numbers.length === 0
        ? cliText(lang, 'cli.finaliseNothing', { period, name: basename(written) })
        : cliText(lang, 'cli.finaliseDone', {
            count: numbers.length,
            first: numbers[0]!,
            last: numbers.at(-1)!,
            total: formatMoney(total),
            name: basename(written),
          }),
    )
    io.out(written)
  } catch (error) {
    throw appErrorToCliError(error)
  }
  return EXIT.ok
}
