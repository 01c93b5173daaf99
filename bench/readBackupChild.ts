import { readFileSync } from 'node:fs'
import { checkBackupReferences } from '@shared/backup/references'
import { upgradeBackup } from '@shared/backup/upgrade'
import { backupFileSchema, type BackupFile } from '@shared/backup/schema'
import { parseBackup } from '@shared/backup/validate'
import { checkAuditChain } from '@shared/verify/auditChain'
import { decodeBackup, parseBackupText } from '../src/cli/backupText'
import { argValue, cpuMsSince, peakRssMb, reportResult } from './childResult'

/** What reading one backup file reports, phase by phase (each on its own clock). */
export interface ReadBackupResult {
  /** `compiled`: as the app and the command line check; `zod`: every record through zod alone, for comparison. */
  readonly schema: 'compiled' | 'zod'
  readonly bytes: number
  readonly records: number
  /** The file's bytes from disk, decoded to text, table by table where it can (`decodeBackup`, as the command line does). */
  readonly readMs: number
  /** `JSON.parse` of that text, table by table where it was cut (`parseBackupText`). */
  readonly parseMs: number
  /** Header and every record against the backup's zod schema (`parseBackup`, after `upgradeBackup`). */
  readonly schemaMs: number
  /** Ids unique, every reference resolves (`checkBackupReferences`). */
  readonly referencesMs: number
  /** The audit trail's hash chain (`checkAuditChain`). */
  readonly chainMs: number
  readonly auditEntries: number
  /** The same phases in processor time (all threads, so garbage collection too): a busy machine disturbs it less. */
  readonly cpu: { readonly readMs: number; readonly parseMs: number; readonly schemaMs: number; readonly referencesMs: number; readonly chainMs: number }
  readonly cpuMs: number
  readonly peakMb: number
}

/** A phase's result, its wall time and its processor time. */
function timed<T>(work: () => T): [T, number, number] {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const result = work()
  return [result, performance.now() - start, cpuMsSince(cpu)]
}

/** The header and every record through zod alone, as the check was before the compiled one. */
function parseWithZod(value: unknown): { ok: true; file: BackupFile } | { ok: false; issues: readonly unknown[] } {
  const parsed = backupFileSchema.safeParse(value)
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, issues: parsed.error.issues }
}

/** Reads, parses and checks a backup file as `readBackupFile` (src/cli/readBackup.ts) does, timing each phase. */
function run(): void {
  const path = argValue('backup')
  const schema = process.argv.includes('--schema') && argValue('schema') === 'zod' ? 'zod' : 'compiled'
  const startCpu = process.cpuUsage()
  const readStart = performance.now()
  const bytes = readFileSync(path)
  const text = decodeBackup(bytes)
  const readMs = performance.now() - readStart
  const readCpuMs = cpuMsSince(startCpu)
  const [value, parseMs, parseCpuMs] = timed(() => parseBackupText(text))
  const [parsed, schemaMs, schemaCpuMs] = timed(() => (schema === 'zod' ? parseWithZod : parseBackup)(upgradeBackup(value)))
  if (!parsed.ok) throw new Error(`backup invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`)
  const data = parsed.file.data
  const [references, referencesMs, referencesCpuMs] = timed(() => checkBackupReferences(data))
  if (references.length > 0) throw new Error(`broken references: ${JSON.stringify(references.slice(0, 3))}`)
  const [chain, chainMs, chainCpuMs] = timed(() => checkAuditChain(data.auditEntries, parsed.file.auditHead))
  if (chain.length > 0) throw new Error(`audit chain broken: ${JSON.stringify(chain)}`)
  const records = Object.values(data).reduce<number>((sum, table) => sum + (Array.isArray(table) ? table.length : 1), 0)
  const result: ReadBackupResult = {
    schema,
    bytes: bytes.length,
    records,
    readMs,
    parseMs,
    schemaMs,
    referencesMs,
    chainMs,
    auditEntries: data.auditEntries.length,
    cpu: { readMs: readCpuMs, parseMs: parseCpuMs, schemaMs: schemaCpuMs, referencesMs: referencesCpuMs, chainMs: chainCpuMs },
    cpuMs: cpuMsSince(startCpu),
    peakMb: peakRssMb(),
  }
  reportResult(result)
}

run()
