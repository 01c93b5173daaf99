import { randomUUID } from 'node:crypto'
import { basename, dirname, extname, join } from 'node:path'
import { menuText } from '../menu/menuWords'
import type { RunStatus, WrittenFile } from '@shared/ipc/channels/reports'
import { AppError } from '../appError'
import { removeLeftoverTempFiles } from '../files/leftoverTempFiles'
import { failureAfterSaving } from '../files/replacedFiles'
import type { HandlersFor } from '../ipc/handlerTypes'
import type { PlatformServices } from '../platform/types'
import { createLogoStore } from '../logo/logoStore'
import { createFolderGrants } from './folderGrants'
import { writeInvoiceDocumentFiles, type WrittenDocument } from './invoiceDocuments'
import { writeInvoiceWorkbook } from './invoiceWorkbook'
import { runMonthlyReports, type MonthlyRunInput, type RunFile } from './monthlyRun'
import { writeQuarterlyCheckFiles } from './quarterlyCheckFiles'
import { inspectionFileName, invoiceFileName, signalListFileName } from './reportFileNames'
import { writeInspectionWorkbook } from './inspectionWorkbook'
import { writeSignalListWorkbook } from './signalListWorkbook'

type ReportChannel =
  | 'report:choose-folder'
  | 'report:open-folder'
  | 'report:open-drafts-folder'
  | 'report:start-run'
  | 'report:get-run-status'
  | 'report:cancel-run'
  | 'report:write-invoices'
  | 'report:write-quarterly-check'
  | 'report:write-signal-list'
  | 'report:write-inspection'

interface Job {
  status: RunStatus
  readonly controller: AbortController
}

/** Finished runs are kept this long for a last status call, then forgotten. */
const KEEP_FINISHED_JOBS = 20

/** What the renderer learns about a written file: its name, not the full path. */
function fileOf(file: Pick<RunFile, 'partnerId' | 'path' | 'rows'> & { kind: WrittenFile['kind'] }): WrittenFile {
  return { kind: file.kind, partnerId: file.partnerId, fileName: basename(file.path), rows: file.rows }
}

function toAppError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('write-unexpected', {}, { cause: error })
}

/** A job's failure as it reaches the window: after saved files never "nothing was changed" (they stay). */
function failureOfJob(error: unknown, saved: readonly WrittenFile[]): AppError {
  return failureAfterSaving(
    toAppError(error),
    saved.map((file) => file.fileName),
  )
}

/**
 * The report channels: a folder dialog that grants a folder id, the monthly run as a background job with
 * progress and cancellation, and single invoices and signal lists. Every file is written atomically and
 * never replaces an existing one (a second run adds ` (2)`). Main remembers no folder across restarts, so
 * the temporary files a killed write left behind are removed from a folder right before a job writes into it.
 */
export function createReportHandlers(services: PlatformServices): HandlersFor<ReportChannel> {
  const grants = createFolderGrants()
  const jobs = new Map<string, Job>()
  // The save dialog of an inspection export reopens in the folder used last in this session.
  let lastInspectionFolder: string | undefined
  const logos = createLogoStore(services.paths.userData)
  // Where the e-mail drafts of each period were written last in this session, and of the last run: main
  // opens only a folder it wrote to itself; the window names a period, never a path.
  const draftsFolders = new Map<string, string>()
  let lastDraftsFolder: string | undefined
  const rememberDrafts = (period: string, folder: string) => {
    draftsFolders.set(period, folder)
    lastDraftsFolder = folder
  }

  /** The granted folder, cleared of a killed write's temporary files. */
  const folderToWrite = async (folderId: string) => {
    const folder = await grants.resolve(folderId)
    await removeLeftoverTempFiles(folder)
    return folder
  }

  const forget = () => {
    const finished = [...jobs.entries()].filter(([, job]) => job.status.state !== 'bezig')
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_JOBS))) jobs.delete(id)
  }

  return {
    async 'report:choose-folder'(input) {
      const path = await services.dialogs.chooseFolder({
        title: input?.title ?? menuText(services.language.current(), 'chooseReportFolder'),
        defaultPath: input?.defaultPath ?? services.paths.documents,
      })
      return path === null ? null : { folderId: grants.grant(path), path }
    },

    async 'report:open-folder'({ folderId }) {
      await services.shell.openFolder(await grants.resolve(folderId))
      return null
    },

    async 'report:open-drafts-folder'({ period }) {
      const folder = period === undefined ? lastDraftsFolder : draftsFolders.get(period)
      if (folder === undefined) throw new AppError('drafts-folder-unknown', { period: period ?? '' })
      await services.shell.openFolder(folder)
      return null
    },

    async 'report:start-run'(input) {
      const folder = await folderToWrite(input.folderId)
      const logo = await logos.read()
      const jobId = randomUUID()
      const job: Job = {
        controller: new AbortController(),
        status: { state: 'bezig', done: 0, total: input.partners.length, partnerName: '', files: [], error: null },
      }
      jobs.set(jobId, job)
      const runInput: MonthlyRunInput = input
      const saved: WrittenFile[] = []
      runMonthlyReports(folder, runInput, {
        signal: job.controller.signal,
        onProgress: (done, total, partnerName) => {
          job.status = { ...job.status, done, total, partnerName }
        },
        onFile: (file) => {
          saved.push(fileOf(file))
          if (file.kind === 'e-mailconcept') rememberDrafts(input.billing.name, folder)
        },
        documents: true,
        logo,
      })
        .then((result) => {
          job.status = { ...job.status, state: result.cancelled ? 'geannuleerd' : 'klaar', files: result.files.map(fileOf) }
        })
        .catch((error: unknown) => {
          // The files written before the failure stay: the status lists them and the words say so.
          job.status = { ...job.status, state: 'mislukt', files: saved, error: failureOfJob(error, saved).toIpcError() }
        })
        .finally(forget)
      return { jobId }
    },

    'report:get-run-status'({ jobId }) {
      const job = jobs.get(jobId)
      if (!job) return Promise.reject(new AppError('job-unknown'))
      return Promise.resolve(job.status)
    },

    'report:cancel-run'({ jobId }) {
      jobs.get(jobId)?.controller.abort()
      return Promise.resolve(null)
    },

    /** Each invoice's workbook, then its PDF and, when final, its e-invoice and e-mail draft. */
    async 'report:write-invoices'({ folderId, generatedOn, invoices }) {
      const folder = await folderToWrite(folderId)
      const logo = await logos.read()
      const files: WrittenFile[] = []
      try {
        for (const invoice of invoices) {
          const written = await writeInvoiceWorkbook(join(folder, invoiceFileName(invoice)), invoice, { generatedOn })
          files.push(fileOf({ kind: 'factuur', partnerId: invoice.partnerId, path: written.path, rows: written.rows }))
          const onFile = (file: WrittenDocument) => {
            files.push(fileOf(file))
            if (file.kind === 'e-mailconcept') rememberDrafts(invoice.period, folder)
          }
          await writeInvoiceDocumentFiles(folder, invoice, generatedOn, onFile, {}, logo)
        }
      } catch (error) {
        throw failureOfJob(error, files)
      }
      return files
    },

    async 'report:write-quarterly-check'(input) {
      const folder = await folderToWrite(input.folderId)
      const saved: WrittenFile[] = []
      try {
        await writeQuarterlyCheckFiles(folder, input, { onFile: (file) => saved.push(fileOf(file)) })
      } catch (error) {
        throw failureOfJob(error, saved)
      }
      return saved
    },

    async 'report:write-signal-list'({ folderId, context, list }) {
      const folder = await folderToWrite(folderId)
      const written = await writeSignalListWorkbook(join(folder, signalListFileName(list.title, list.today)), list, context)
      return fileOf({ kind: 'werklijst', partnerId: null, path: written.path, rows: written.rows })
    },

    async 'report:write-inspection'({ context, report }) {
      const language = services.language.current()
      const chosen = await services.dialogs.chooseSaveFile({
        title: menuText(language, 'saveInspection'),
        defaultPath: join(
          lastInspectionFolder ?? services.paths.documents,
          inspectionFileName(report.client.clientNumber, report.partnerName, context.generatedOn),
        ),
        filters: [{ name: menuText(language, 'workbookFiles'), extensions: ['xlsx'] }],
      })
      if (chosen === null) return null
      // The dialog confirmed replacing the chosen name; a name completed here must not replace anything.
      const hasExtension = extname(chosen) !== ''
      await removeLeftoverTempFiles(dirname(chosen))
      const written = await writeInspectionWorkbook(hasExtension ? chosen : `${chosen}.xlsx`, report, context, {
        ifExists: hasExtension ? 'replace' : 'keep-both',
      })
      lastInspectionFolder = dirname(written.path)
      return { fileName: basename(written.path) }
    },
  }
}
