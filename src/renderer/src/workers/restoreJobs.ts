import { BACKUP_TABLES, makeBackupFile, upgradeBackup, validateBackup, type BackupFile, type BackupTable } from '@shared/backup'
import type { CalendarDate } from '@shared/model'
import type { BackupIssue, BackupProblem } from '@shared/problems/backup'
import type { Language } from '@shared/problems/words'
import { verifyFindingText } from '@shared/verify/findingText'
import { verifyBackup } from '@shared/verify/verifyBackup'
import { repositories } from '../data'
import type { ReportProgress } from './messages'

/**
 * Reading and checking a backup for a restore off the window's thread. The window fetches the file's text from
 * main piece by piece and hands each piece here; the worker joins and parses them, checks the file completely
 * (`validateBackup`) and runs the consistency check with the audit chain (`verifyBackup`) once, for the
 * preview. The restore then writes exactly the object that was checked, kept here: nothing can change it
 * between preview and restore (main's copy is already released), so it is not checked a second time.
 */
type TableCounts = Record<BackupTable, number>

/** Pieces received, by the id main gave the opened file. */
const received = new Map<string, string[]>()
/** The checked file, waiting for the clerk to confirm the restore (one at a time, like the preview). */
let checked: { readonly key: string; readonly file: BackupFile } | null = null

export interface RestorePreviewFacts {
  readonly exportedAt: string
  readonly madeBy: string | null
  readonly version: number
  readonly inFile: TableCounts
  readonly current: TableCounts
  readonly findings: readonly string[]
}

export type RestoreCheck =
  | { readonly ok: true; readonly preview: RestorePreviewFacts }
  | { readonly ok: false; readonly notJson: true }
  | { readonly ok: false; readonly notJson: false; readonly problem: BackupProblem; readonly issues: readonly BackupIssue[] }

export function receiveBackupText({ key, text }: { key: string; text: string }): Promise<null> {
  const pieces = received.get(key) ?? []
  pieces.push(text)
  received.set(key, pieces)
  return Promise.resolve(null)
}

const countsOf = (file: BackupFile): TableCounts => Object.fromEntries(BACKUP_TABLES.map((table) => [table, file.data[table].length])) as TableCounts

const versionOf = (value: unknown): number =>
  typeof value === 'object' && value !== null && 'version' in value && typeof value.version === 'number' ? value.version : 0

export async function checkBackupText(input: { key: string; language: Language; today: CalendarDate }, progress: ReportProgress): Promise<RestoreCheck> {
  const { key, language, today } = input
  const pieces = received.get(key) ?? []
  received.delete(key)
  checked = null
  progress({ stage: 'check', done: 0, total: 3 })
  let value: unknown
  try {
    value = JSON.parse(pieces.join(''))
  } catch {
    return { ok: false, notJson: true }
  }
  pieces.length = 0
  progress({ stage: 'check', done: 1, total: 3 })
  const validation = validateBackup(upgradeBackup(value))
  if (!validation.ok) return { ok: false, notJson: false, problem: validation.problem, issues: validation.issues }
  const file = validation.file
  progress({ stage: 'check', done: 2, total: 3 })
  const findings = verifyBackup(file.data, today, file.auditHead).map((finding) => verifyFindingText(finding, language))
  progress({ stage: 'check', done: 3, total: 3 })
  checked = { key, file }
  return {
    ok: true,
    preview: {
      exportedAt: file.exportedAt,
      madeBy: file.madeBy?.name ?? null,
      version: versionOf(value),
      inFile: countsOf(file),
      current: await repositories().database.counts(),
      findings,
    },
  }
}

/** Replaces every table with the file checked under `key`, in one audited transaction (the data layer's restore). */
export async function restoreCheckedBackup({ key, fileName }: { key: string; fileName: string }, progress: ReportProgress): Promise<TableCounts> {
  if (checked === null || checked.key !== key) throw new Error('backup-not-checked')
  const { file } = checked
  progress({ stage: 'write', done: 0, total: 1 })
  const counts = await repositories().database.restoreChecked(makeBackupFile(file.data, file.exportedAt), fileName)
  checked = null
  progress({ stage: 'write', done: 1, total: 1 })
  return counts
}

/** Forgets a file the clerk did not restore. */
export function discardBackupText({ key }: { key: string }): Promise<null> {
  received.delete(key)
  if (checked?.key === key) checked = null
  return Promise.resolve(null)
}
