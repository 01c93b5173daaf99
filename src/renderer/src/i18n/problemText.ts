import type { BackupIssue, BackupProblem } from '@shared/problems/backup'
import { importParamsIn, type ImportProblem } from '@shared/problems/import'
import { translate } from './index'

/** A message lookup: the app's `translate`, or a component's own `t`. */
export type Translate = (key: string, params: Record<string, string | number>) => string

/** A usage-import problem in the UI language, its columns named in that language too. */
export function importProblemText(problem: ImportProblem, t: Translate = translate): string {
  return t(
    problem.code,
    importParamsIn(problem.params, (field) => t(`importColumns.${field}`, {})),
  )
}

/** A rejected row's reasons, in the order they were found, as one line. */
export function importReasonsText(problems: readonly ImportProblem[], t: Translate = translate): string {
  return problems.map((problem) => importProblemText(problem, t)).join('; ')
}

/** A backup-file problem, or one issue's code (backup or validation), in the UI language. */
export function backupProblemText(problem: BackupProblem | BackupIssue, t: Translate = translate): string {
  return t(problem.code, problem.params)
}
