import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { correctionInvoice, creditableClients, isCreditable } from '@shared/domain/invoicing'
import type { CalendarDate, Invoice } from '@shared/model'
import { repositories } from '../data'
import type { PartialCreditResult } from '../data/repositories/invoices'
import { todayInAmsterdam } from '../composables/today'
import { errorMessage, type Outcome } from './outcome'
import { useInvoicingStore } from './invoicing'

/**
 * One invoice opened on screen, and its correction (spec rule 7): a credit note for the chosen clients with a
 * reason, and at once the concept that bills those clients again from the current data, made by the same
 * billing rule as the monthly run. The invoicing store's list is read again afterwards.
 */
export const useInvoiceCorrectionStore = defineStore('invoiceCorrection', () => {
  const invoicing = useInvoicingStore()
  /** The invoice shown; kept by id so a reload of the period shows its stored state. */
  const openedId = ref<string | null>(null)
  const crediting = ref(false)
  const saving = ref(false)
  const lastResult = shallowRef<PartialCreditResult | null>(null)

  const opened = computed(() => invoicing.invoices.find((i) => i.id === openedId.value) ?? null)
  /** The opened invoice's clients for the credit dialog, those taken by an earlier credit note marked. */
  const clients = computed(() => (opened.value === null ? [] : creditableClients(opened.value, invoicing.invoices)))
  const canCredit = computed(() => opened.value !== null && isCreditable(opened.value) && clients.value.some((c) => !c.credited))

  function open(invoice: Invoice): void {
    openedId.value = invoice.id
    crediting.value = false
  }

  function close(): void {
    openedId.value = null
    crediting.value = false
  }

  /** The correction from what is stored now for the partner's clients. */
  async function buildCorrection(original: Invoice, clientIds: readonly string[], today: CalendarDate): Promise<Invoice | null> {
    const repos = repositories()
    const [partner, plans, clients, subscriptionPeriods, settings] = await Promise.all([
      repos.partners.get(original.partnerId),
      repos.plans.list(),
      repos.overview.allClients(),
      repos.subscriptionPeriods.listByPartner(original.partnerId),
      repos.settings.get(),
    ])
    if (!partner) return null
    return correctionInvoice(original, { id: crypto.randomUUID(), partner, plans, clients, subscriptionPeriods, settings, invoiceDate: today, clientIds })
  }

  async function credit(clientIds: readonly string[], reason: string, today: CalendarDate = todayInAmsterdam()): Promise<Outcome<PartialCreditResult>> {
    const original = opened.value
    if (original === null || saving.value) return { ok: false, message: null }
    saving.value = true
    try {
      const correction = await buildCorrection(original, clientIds, today)
      const result = await repositories().invoices.createPartialCredit({ originalId: original.id, clientIds, reason, invoiceDate: today, correction })
      lastResult.value = result
      await invoicing.choosePeriod(invoicing.period ?? undefined)
      crediting.value = false
      return { ok: true, value: result }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      saving.value = false
    }
  }

  return { openedId, opened, crediting, saving, clients, canCredit, lastResult, open, close, credit }
})
