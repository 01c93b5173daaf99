import { ref, type ComputedRef, type Ref } from 'vue'
import type { WrittenFile } from '@shared/ipc/channels/reports'
import type { CalendarDate, Invoice } from '@shared/model'
import { repositories } from '../data'
import { translate } from '../i18n'
import { ApiError } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import type { SavedFile } from './invoicingFiles'
import { errorMessage, type Outcome } from './outcome'

/**
 * Why writing final invoices failed, said as what it is: the invoices ARE final (their numbers are taken),
 * only their files are missing, so the words never claim that nothing changed. Files saved before the
 * failure are named; they stay.
 */
function finalisedButNotWritten(finalised: readonly Invoice[], error: unknown): string {
  const numbers = finalised.map((invoice) => invoice.number ?? '').join(', ')
  const file = error instanceof ApiError ? error.params['file'] : undefined
  const head =
    typeof file === 'string'
      ? translate(error instanceof ApiError && error.code.startsWith('disk-full') ? 'invoicing.finalisedDiskFull' : 'invoicing.finalisedNotWritten', {
          numbers,
          file,
        })
      : translate('invoicing.finalisedFailed', { numbers, reason: errorMessage(error) })
  const saved = error instanceof ApiError ? (error.saved ?? []) : []
  const tail = saved.length > 0 ? ` ${translate('invoicing.savedBeforeFailure', { count: saved.length, files: saved.join(', ') })}` : ''
  return `${head}${tail} ${translate('invoicing.writeAgainHint')}`
}

/** What the invoice actions need of the store: the concepts, reading the period again, and writing files. */
export interface InvoiceActionContext {
  readonly concepts: ComputedRef<readonly Invoice[]>
  readonly writtenFiles: Ref<readonly SavedFile[]>
  readonly reloadInvoices: () => Promise<void>
  readonly writeInvoices: (list: readonly Invoice[], today: CalendarDate) => Promise<readonly WrittenFile[] | null>
}

/**
 * What the clerk does to single invoices: finalise (numbers in one transaction, then the files), credit a final
 * invoice, remove a concept, write one again; each marks its invoices busy while it runs. Its own file: these
 * write through the repositories, the store keeps the period and its reading.
 */
export function invoicingActions({ concepts, writtenFiles, reloadInvoices, writeInvoices }: InvoiceActionContext) {
  /** Invoice ids with an action in progress (finalise, credit, write). */
  const busy = ref(new Set<string>())
  const finalising = ref(false)

  async function withBusy<T>(ids: readonly string[], work: () => Promise<T>): Promise<T> {
    busy.value = new Set([...busy.value, ...ids])
    try {
      return await work()
    } finally {
      const next = new Set(busy.value)
      for (const id of ids) next.delete(id)
      busy.value = next
    }
  }

  /**
   * Finalises concepts — all of the period when `ids` is left out — in one transaction (numbers in partner
   * order, gapless), then writes the final invoices into the folder. The value is the finalised invoices.
   */
  async function finalise(
    ids?: readonly string[],
    today: CalendarDate = todayInAmsterdam(),
  ): Promise<Outcome<{ finalised: Invoice[]; files: readonly WrittenFile[] | null }>> {
    const chosen = ids ?? concepts.value.map((i) => i.id)
    if (chosen.length === 0 || finalising.value) return { ok: false, message: null }
    finalising.value = true
    try {
      const finalised = await withBusy(chosen, () => repositories().invoices.finaliseAll(chosen, today))
      await reloadInvoices()
      try {
        const files = await writeInvoices(finalised, today)
        return { ok: true, value: { finalised, files } }
      } catch (error) {
        writtenFiles.value = error instanceof ApiError ? (error.saved ?? []).map((fileName) => ({ fileName })) : []
        return { ok: false, message: finalisedButNotWritten(finalised, error) }
      }
    } catch (error) {
      await reloadInvoices().catch(() => undefined)
      return { ok: false, message: errorMessage(error) }
    } finally {
      finalising.value = false
    }
  }

  /** A concept credit invoice that cancels a final invoice once it is finalised too. */
  async function credit(invoice: Invoice, today: CalendarDate = todayInAmsterdam()): Promise<Outcome<Invoice>> {
    try {
      const created = await withBusy([invoice.id], () => repositories().invoices.createCredit(invoice.id, today))
      await reloadInvoices()
      return { ok: true, value: created }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  async function removeConcept(invoice: Invoice): Promise<Outcome<undefined>> {
    try {
      await withBusy([invoice.id], () => repositories().invoices.removeConcept(invoice.id))
      await reloadInvoices()
      return { ok: true, value: undefined }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  /** Writes one invoice again: a final invoice gives the same content (it is frozen), under a new file name. */
  async function rewrite(invoice: Invoice, today: CalendarDate = todayInAmsterdam()): Promise<Outcome<readonly WrittenFile[] | null>> {
    try {
      return { ok: true, value: await withBusy([invoice.id], () => writeInvoices([invoice], today)) }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  return { busy, finalising, finalise, credit, removeConcept, rewrite }
}
