import { loadDemoData } from './demoDataJob'
import { prepareInvoicing } from './invoicingJob'
import { computeQuarterlyCheck } from './quarterlyCheckJob'
import { computeSignalHandlers, computeUsageChart, computeWorkOverview } from './overviewJobs'
import { commitOnboardingImport, discardOnboardingImport, previewOnboardingImport } from './onboardingImportJobs'
import { listImportHistory, undoImport } from './importHistoryJobs'
import { commitUsageImport, discardUsageImport, previewUsageImport } from './usageImportJobs'
import type { ReportProgress } from './messages'
import { discardBackupSnapshot, exportBackupSnapshot, nextBackupText } from './backupJobs'
import { checkBackupText, discardBackupText, receiveBackupText, restoreCheckedBackup } from './restoreJobs'

/**
 * Every job that runs off the window's thread, by name. Each reads through the repositories and computes
 * with src/shared; the same functions run inline where there are no workers (unit tests).
 */
export const JOBS = {
  'usage-preview': previewUsageImport,
  'usage-commit': commitUsageImport,
  'usage-discard': discardUsageImport,
  'onboarding-preview': previewOnboardingImport,
  'onboarding-commit': commitOnboardingImport,
  'onboarding-discard': discardOnboardingImport,
  'import-history': listImportHistory,
  'import-undo': undoImport,
  overview: computeWorkOverview,
  'signal-handlers': computeSignalHandlers,
  'usage-chart': computeUsageChart,
  'quarterly-check': computeQuarterlyCheck,
  'invoicing-prepare': prepareInvoicing,
  'demo-load': loadDemoData,
  'backup-export': exportBackupSnapshot,
  'backup-export-next': nextBackupText,
  'backup-export-discard': discardBackupSnapshot,
  'backup-read-piece': receiveBackupText,
  'backup-read-check': checkBackupText,
  'backup-restore': restoreCheckedBackup,
  'backup-read-discard': discardBackupText,
} satisfies Record<string, (input: never, progress: ReportProgress) => Promise<unknown>>

export type JobName = keyof typeof JOBS
export type JobInput<J extends JobName> = Parameters<(typeof JOBS)[J]>[0]
export type JobOutput<J extends JobName> = Awaited<ReturnType<(typeof JOBS)[J]>>

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name)
}
