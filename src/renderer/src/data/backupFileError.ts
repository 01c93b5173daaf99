import type { BackupIssue, BackupProblem } from '@shared/problems/backup'
import { ValidationError } from './errors'

/**
 * A backup file (a restore, or demo data) refused by the backup check before anything was replaced. It keeps
 * the check's codes and parameters, so a screen words the problem in the UI language; the field issues carry
 * the issue codes.
 */
export class BackupFileError extends ValidationError {
  constructor(
    readonly backupProblem: BackupProblem,
    readonly backupIssues: readonly BackupIssue[],
  ) {
    super(backupIssues.map((issue) => ({ path: issue.path, message: issue.code })))
    this.name = 'BackupFileError'
  }
}
