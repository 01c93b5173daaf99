import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Invoice, PeriodName } from '@shared/model'
import { repositories } from '../data'
import type { FieldErrors } from '../forms/fieldErrors'
import { platformApi, unwrap } from '../platform/api'
import { errorMessage, failure, type Outcome } from './outcome'
import { useInvoicingStore } from './invoicing'

/**
 * The invoicing screen's smaller actions, kept apart from the run itself: "uw kenmerk" on a concept, and
 * opening the folder main wrote a period's e-mail drafts to.
 */
export const useInvoiceExtrasStore = defineStore('invoiceExtras', () => {
  const saving = ref(false)
  const fieldErrors = ref<FieldErrors>({})

  /** Overrides "uw kenmerk" on a concept; every document made from it afterwards quotes the new value. */
  async function setPurchaseOrderReference(invoice: Invoice, reference: string): Promise<Outcome<Invoice>> {
    saving.value = true
    fieldErrors.value = {}
    try {
      const saved = await repositories().invoices.setPurchaseOrderReference(invoice.id, reference)
      await useInvoicingStore().reloadInvoices()
      return { ok: true, value: saved }
    } catch (error) {
      return failure(error, (errors) => (fieldErrors.value = errors))
    } finally {
      saving.value = false
    }
  }

  /** Main opens the folder it wrote the period's drafts to; the window names only the period. */
  async function openDraftsFolder(period: PeriodName): Promise<Outcome<undefined>> {
    try {
      unwrap(await platformApi().report.openDraftsFolder({ period }))
      return { ok: true, value: undefined }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    }
  }

  return { saving, fieldErrors, setPurchaseOrderReference, openDraftsFolder }
})
