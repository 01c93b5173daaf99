import type { RunStatus, WrittenFile } from '@shared/ipc/channels/reports'
import type { Invoice } from '@shared/model'
import { translate } from '../i18n'
import type { ChosenFolder } from './invoicing'
import type { ResultReport } from './results'

/**
 * The words of the invoicing screen's results. A stopped run is a `warn` that says how many files were kept,
 * never "klaar"; files are named only when they were written.
 */

/** What the result names of a finalised invoice. */
export type FinalisedInvoice = Pick<Invoice, 'number'> & { readonly partner: Pick<Invoice['partner'], 'name'> }

/** Files written into a chosen folder, by name, with the folder to open. */
export function writtenReport(files: readonly WrittenFile[], folder: ChosenFolder): ResultReport {
  const count = files.length
  const summary = translate('invoicing.written', { count, path: folder.path }, count)
  return { tone: 'success', summary, items: files.map((f) => f.fileName), toast: summary, folderId: folder.folderId }
}

/** A run that ended: done (its files) or stopped by the clerk (what was kept). A failed run is an error, not a result. */
export function runReport(status: RunStatus, folder: ChosenFolder): ResultReport | null {
  if (status.state === 'klaar') return writtenReport(status.files, folder)
  if (status.state !== 'geannuleerd') return null
  const count = status.files.length
  return {
    tone: 'warn',
    summary: translate('invoicing.cancelledSummary', { count, path: folder.path }),
    items: status.files.map((f) => f.fileName),
    toast: translate('invoicing.cancelled', { count }, count),
    folderId: folder.folderId,
  }
}

/** Invoices made final (numbers with their partner), and the files when they were written. */
export function finalisedReport(finalised: readonly FinalisedInvoice[], files: readonly WrittenFile[] | null, folder: ChosenFolder | null): ResultReport {
  const count = finalised.length
  const numbers = finalised.map((i) => i.number ?? '')
  const written = files !== null && files.length > 0 && folder !== null
  const range = translate('invoicing.finalisedRange', { count, first: numbers[0] ?? '', last: numbers[numbers.length - 1] ?? '' })
  const summary = written ? `${range} ${translate('invoicing.written', { count: files.length, path: folder.path }, files.length)}` : range
  return {
    tone: 'success',
    summary,
    items: finalised.map((i) => `${i.number ?? ''} ${i.partner.name}`),
    toast: translate('invoicing.finalised', { count, numbers: numbers.join(', ') }, count),
    folderId: written ? folder.folderId : null,
  }
}
