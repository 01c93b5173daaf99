import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import { appendToTrail } from '@shared/audit/appendToTrail'
import type { AuditEvent, AuditParams } from '@shared/audit/events'
import { backupSourceOf } from '@shared/backup/jsonChunks'
import type { BackupData } from '@shared/backup/schema'
import { clientsImportInput, partnersImportInput } from '@shared/imports/record'
import { auditEntrySchema, clientDisplayName, type AuditAction, type AuditEntity, type AuditEntry } from '@shared/model'
import { parseClientRows } from '@shared/onboarding/clientRows'
import { parsePartnerRows } from '@shared/onboarding/partnerRows'
import { diffRecords, planClientImport, planPartnerImport } from '@shared/onboarding/preview'
import { clientRecords, partnerRecords, type RecordIssue } from '@shared/onboarding/records'
import type { RowProblem } from '@shared/onboarding/rowReader'
import type { OnboardingProblem } from '@shared/problems/onboarding'
import { onboardingText, type Language } from '@shared/problems/words'
import { pathExists } from '../../main/files/fileNames'
import { optionalDate, parseCommandArgs, requiredText } from '../args'
import { CliError, EXIT, cliFailure } from '../exitCodes'
import { cliText } from '../i18n/text'
import { importClerk, withImportRecord } from '../importHistory'
import type { CliIo } from '../io'
import { readBackupFile } from '../readBackup'
import { readImportFile } from '../readImportFile'
import { appErrorToCliError } from '../runErrors'
import { writeBackupFile } from '../writeBackup'

export type OnboardingCliKind = 'partners' | 'clients'

function refusedFile(name: string, problem: OnboardingProblem): CliError {
  return new CliError(EXIT.inconsistent, onboardingText(problem, 'nl'), {
    words: (lang) => cliText(lang, 'cli.importFileRefused', { name, problem: onboardingText(problem, lang) }),
  })
}

function refusedRows(name: string, problems: readonly RowProblem[], rows: number): CliError {
  const words = (lang: Language) =>
    [
      cliText(lang, 'cli.onboardingRefused', { name, count: new Set(problems.map((p) => p.line)).size, rows }),
      ...problems.map((p) => cliText(lang, 'cli.onboardingRow', { line: p.line, column: p.column ?? '—', problem: onboardingText(p.problem, lang) })),
    ].join('\n')
  return new CliError(EXIT.inconsistent, words('nl'), { words })
}

function refusedRecords(name: string, issues: readonly RecordIssue[]): CliError {
  const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
  return cliFailure(EXIT.inconsistent, 'cli.onboardingRecordsRefused', { name, detail })
}

/** When and in whose name the import's audit entries and import record are made. */
interface Moment {
  readonly at: string
  readonly clerk: string
}

interface Applied {
  readonly data: BackupData
  readonly created: number
  readonly updated: number
}

/**
 * Audit entries as the app's repository writes them: one per record and one for the import; `trail()` is the
 * file's trail with them chained after it, as the app chains.
 */
function auditor(data: BackupData, at: string, clerk: string) {
  const entries: AuditEntry[] = []
  const add = (
    entity: AuditEntity,
    recordId: string,
    action: AuditAction,
    before: object | undefined,
    after: object | undefined,
    event: AuditEvent,
    params: AuditParams,
  ) => {
    const changes =
      after === undefined
        ? []
        : diffRecords(before ?? {}, after).map((d) => ({ field: d.field, before: before === undefined ? null : d.before, after: d.after }))
    entries.push(auditEntrySchema.parse({ at, clerk, entity, recordId, action, changes, outcome: 'ok', event, params }))
  }
  return { add, trail: () => appendToTrail(data.auditEntries, entries) }
}

function applyPartners(data: BackupData, rows: Parameters<typeof parsePartnerRows>[0], name: string, update: boolean, by: Moment): Applied {
  const parsed = parsePartnerRows(rows)
  if (!parsed.ok) throw refusedFile(name, parsed.problem)
  if (parsed.problems.length > 0) throw refusedRows(name, parsed.problems, parsed.dataRows)
  const plan = planPartnerImport(parsed.partners, data.partners)
  const { created, updated, issues } = partnerRecords(plan, update, randomUUID)
  if (issues.length > 0) throw refusedRecords(name, issues)
  const audit = auditor(data, by.at, by.clerk)
  const before = new Map(data.partners.map((p) => [p.id, p]))
  for (const p of created) audit.add('partner', p.id, 'create', undefined, p, 'partnerCreated', { name: p.name })
  for (const p of updated) audit.add('partner', p.id, 'update', before.get(p.id), p, 'partnerUpdated', { name: p.name })
  audit.add('partner', name, 'import', undefined, undefined, 'partnersImported', { source: name, created: created.length, updated: updated.length })
  const replaced = new Map(updated.map((p) => [p.id, p]))
  const record = partnersImportInput(
    name,
    created,
    updated,
    data.partners.filter((p) => replaced.has(p.id)),
  )
  return {
    data: withImportRecord({ ...data, partners: [...data.partners.map((p) => replaced.get(p.id) ?? p), ...created], auditEntries: audit.trail() }, record),
    created: created.length,
    updated: updated.length,
  }
}

function applyClients(
  data: BackupData,
  rows: Parameters<typeof parseClientRows>[0],
  name: string,
  update: boolean,
  by: Moment,
  today: Parameters<typeof parseClientRows>[1]['today'],
): Applied {
  const stored = new Set(data.clients.map((c) => `${c.partnerId}|${c.clientNumber}`))
  const parsed = parseClientRows(rows, {
    today,
    partners: data.partners,
    plans: data.plans,
    isStored: (partnerId, clientNumber) => stored.has(`${partnerId}|${clientNumber}`),
  })
  if (!parsed.ok) throw refusedFile(name, parsed.problem)
  if (parsed.problems.length > 0) throw refusedRows(name, parsed.problems, parsed.dataRows)
  const plan = planClientImport(parsed.clients, data.clients)
  const partners = new Map(data.partners.map((p) => [p.id, p]))
  const { clients, periods, deregistrations, updated, issues } = clientRecords(plan, update, {
    ecdModeOf: (id) => partners.get(id)?.ecdMode,
    storedNumbers: (id) => data.clients.filter((c) => c.partnerId === id).map((c) => c.clientNumber),
    newId: randomUUID,
  })
  if (issues.length > 0) throw refusedRecords(name, issues)
  const audit = auditor(data, by.at, by.clerk)
  const numberOf = new Map(clients.map((c) => [c.id, c.clientNumber]))
  const before = new Map(data.clients.map((c) => [c.id, c]))
  for (const c of clients)
    audit.add('client', c.id, 'create', undefined, c, 'clientImported', {
      clientNumber: c.clientNumber,
      clientName: clientDisplayName(c),
      partner: partners.get(c.partnerId)?.name ?? '',
    })
  for (const p of periods) audit.add('subscriptionPeriod', p.id, 'create', undefined, p, 'periodImported', { clientNumber: numberOf.get(p.clientId) ?? '' })
  for (const d of deregistrations)
    audit.add('deregistration', d.id, 'create', undefined, d, 'deregistrationImported', { clientNumber: numberOf.get(d.clientId) ?? '' })
  for (const c of updated)
    audit.add('client', c.id, 'update', before.get(c.id), c, 'clientUpdated', { clientNumber: c.clientNumber, clientName: clientDisplayName(c) })
  audit.add('client', name, 'import', undefined, undefined, 'clientsImported', { source: name, created: clients.length, updated: updated.length })
  const replaced = new Map(updated.map((c) => [c.id, c]))
  const record = clientsImportInput(
    name,
    { clients, periods, deregistrations, updated },
    data.clients.filter((c) => replaced.has(c.id)),
  )
  return {
    data: withImportRecord(
      {
        ...data,
        clients: [...data.clients.map((c) => replaced.get(c.id) ?? c), ...clients],
        subscriptionPeriods: [...data.subscriptionPeriods, ...periods],
        deregistrations: [...data.deregistrations, ...deregistrations],
        auditEntries: audit.trail(),
      },
      record,
    ),
    created: clients.length,
    updated: updated.length,
  }
}

/**
 * `import partners|clients`: applies a partners or clients file to a backup with the app's own parsing,
 * mapping (by names and synonyms), validation and record construction (src/shared/onboarding), and writes the
 * result as a new backup. A file with any bad row is refused whole, each bad row named, and nothing is written.
 */
export async function importOnboardingCommand(kind: OnboardingCliKind, argv: readonly string[], io: CliIo, lang: Language): Promise<number> {
  const command = `import ${kind}`
  const values = parseCommandArgs(command, argv, {
    backup: { type: 'string' },
    file: { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    update: { type: 'boolean' },
    clerk: { type: 'string' },
    force: { type: 'boolean' },
  })
  if (values.help === true) {
    io.out(cliText(lang, 'cli.importHelp'))
    return EXIT.ok
  }
  const backupPath = resolve(io.cwd, requiredText(values, 'backup', command))
  const filePath = resolve(io.cwd, requiredText(values, 'file', command))
  const out = resolve(io.cwd, requiredText(values, 'out', command))
  const today = optionalDate(values, 'today') ?? io.today()
  const clerk = importClerk(values, command)
  const force = values.force === true
  if (!force && (await pathExists(out))) throw cliFailure(EXIT.output, 'cli.outExists', { path: out })

  io.err(cliText(lang, 'cli.readingBackup', { path: backupPath }))
  const backup = await readBackupFile(backupPath)
  const table = await readImportFile(filePath)
  const by: Moment = { at: new Date().toISOString(), clerk }
  const result =
    kind === 'partners'
      ? applyPartners(backup.data, table.rows, table.fileName, values.update === true, by)
      : applyClients(backup.data, table.rows, table.fileName, values.update === true, by, today)
  try {
    const written = await writeBackupFile(out, backupSourceOf(result.data, backup.exportedAt), { force, signal: io.signal })
    io.err(cliText(lang, 'cli.onboardingDone', { created: result.created, updated: result.updated, name: table.fileName }))
    io.out(written)
  } catch (error) {
    throw appErrorToCliError(error)
  }
  return EXIT.ok
}
