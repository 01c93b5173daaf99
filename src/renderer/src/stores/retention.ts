import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CalendarDate } from '@shared/model'
import { repositories, type DueClientRow, type DueInvoiceCopy } from '../data'
import { todayInAmsterdam } from '../composables/today'
import { attempt, type Done } from './outcome'

/**
 * Bewaartermijnen (spec "Privacy", docs/retention.md): the clients and the frozen invoice copies due for
 * anonymisation today, and the confirmed batch that anonymises a selection in one transaction.
 */
export const useRetentionStore = defineStore('retention', () => {
  const today = ref<CalendarDate>(todayInAmsterdam())
  const clients = ref<DueClientRow[]>([])
  const invoices = ref<DueInvoiceCopy[]>([])
  const loading = ref(false)
  const saving = ref(false)
  const loadError = ref<string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    today.value = todayInAmsterdam()
    const done = await attempt(async () => {
      const [dueClients, dueInvoices] = await Promise.all([
        repositories().clients.dueForAnonymisation(today.value),
        repositories().invoices.frozenCopiesDue(today.value),
      ])
      clients.value = dueClients
      invoices.value = dueInvoices
    })
    loadError.value = done.ok ? null : done.message
    loading.value = false
  }

  async function write(work: () => Promise<unknown>): Promise<Done> {
    saving.value = true
    const done = await attempt(work)
    saving.value = false
    await load()
    return done
  }

  /** All or nothing: one refused client leaves every client of the selection as it was. */
  const anonymiseClients = (ids: readonly string[]): Promise<Done> => write(() => repositories().clients.anonymiseMany(ids, today.value))

  const anonymiseInvoices = (ids: readonly string[]): Promise<Done> => write(() => repositories().invoices.anonymiseFrozenCopies(ids, today.value))

  return { today, clients, invoices, loading, saving, loadError, load, anonymiseClients, anonymiseInvoices }
})
