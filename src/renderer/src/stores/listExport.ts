import { defineStore } from 'pinia'
import { ref } from 'vue'
import { LIST_EXPORT_CHUNK, type ListExportKind } from '@shared/ipc/channels/listExport'
import { clientExportRows, partnerExportRow, type ClientExportRow } from '@shared/onboarding/exportRows'
import { repositories, type ClientListKey, type ClientListQuery } from '../data'
import { platformApi, unwrap } from '../platform/api'
import { useClientsStore } from './clients'
import { errorMessage, type Outcome } from './outcome'
import { usePartnersStore } from './partners'
import { usePlansStore } from './plans'

export interface ListExportDone {
  readonly fileName: string
  /** Partners or clients exported (a client may take several rows). */
  readonly records: number
}

function groupBy<T extends { readonly clientId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) out.set(item.clientId, [...(out.get(item.clientId) ?? []), item])
  return out
}

/** Clients read per slice: the most the list's page query gives at once. */
const CLIENT_SLICE = 500

/** The list's filters as the export's audit entry records them: codes and ids, a search only as given. */
export function listFilterCode(filter: ClientListQuery | { readonly search?: string | undefined }): string {
  const parts = Object.entries(filter).flatMap(([key, value]) =>
    value === undefined || value === '' ? [] : [key === 'search' ? 'search=*' : `${key}=${String(value)}`],
  )
  return parts.length > 0 ? parts.join('; ') : '-'
}

/**
 * "Exporteren naar Excel…" on the partner and client lists: exactly what the list shows (its filters, search and
 * order, every page) in the import template's layout, so the file can be edited and imported again. The client
 * list is read slice by slice along its own order and each slice sent to main at once, so the window holds one
 * slice at a time. BSNs only when the clerk asks; the export is an audit entry either way.
 */
export const useListExportStore = defineStore('listExport', () => {
  const running = ref<ListExportKind | null>(null)
  /** Records sent so far, and how many there are (null while unknown). */
  const done = ref(0)
  const total = ref<number | null>(null)

  async function run(
    list: ListExportKind,
    includeBsn: boolean,
    send: (exportId: string) => Promise<{ records: number; filter: string }>,
  ): Promise<Outcome<ListExportDone | null>> {
    if (running.value !== null) return { ok: false, message: null }
    running.value = list
    done.value = 0
    total.value = null
    let exportId: string | null = null
    const api = platformApi()
    try {
      const begun = unwrap(await api.lists.exportBegin(list === 'clients' ? { list, includeBsn } : { list }))
      if (begun === null) return { ok: true, value: null }
      exportId = begun.exportId
      const sent = await send(exportId)
      const written = unwrap(await api.lists.exportFinish({ exportId }))
      exportId = null
      const event = list === 'partners' ? 'partnersExported' : includeBsn ? 'clientsExportedWithBsn' : 'clientsExported'
      const params: Record<string, string | number> = { filter: sent.filter, rows: written.rows, file: written.fileName }
      if (list === 'clients') params['clients'] = sent.records
      await repositories().audit.record({ entity: 'database', recordId: list, action: 'export', event, params })
      return { ok: true, value: { fileName: written.fileName, records: sent.records } }
    } catch (error) {
      if (exportId !== null) await api.lists.exportCancel({ exportId }).catch(() => undefined)
      return { ok: false, message: errorMessage(error) }
    } finally {
      running.value = null
    }
  }

  /** The partner list as shown: its search and sort, all pages. */
  function exportPartners(): Promise<Outcome<ListExportDone | null>> {
    const partners = usePartnersStore()
    return run('partners', false, async (exportId) => {
      const shown = [...partners.matching]
      total.value = shown.length
      for (let at = 0; at < shown.length; at += LIST_EXPORT_CHUNK) {
        unwrap(await platformApi().lists.exportRows({ exportId, list: 'partners', rows: shown.slice(at, at + LIST_EXPORT_CHUNK).map(partnerExportRow) }))
        done.value = Math.min(shown.length, at + LIST_EXPORT_CHUNK)
      }
      return { records: shown.length, filter: listFilterCode({ search: partners.query.search.trim() }) }
    })
  }

  /** The client list as shown: its filters and search, in its order, all pages; with BSNs only when asked. */
  function exportClients(includeBsn: boolean): Promise<Outcome<ListExportDone | null>> {
    const clients = useClientsStore()
    const filter = clients.currentFilter()
    return run('clients', includeBsn, async (exportId) => {
      const repos = repositories()
      const partners = usePartnersStore()
      const plans = usePlansStore()
      await Promise.all([partners.loadOptions(), plans.plans.length === 0 ? plans.load() : Promise.resolve()])
      const planCode = (id: string) => plans.byId.get(id)?.code ?? id
      total.value = clients.total
      let offset = 0
      let anchor: { offset: number; key: ClientListKey } | undefined
      let pending: ClientExportRow[] = []
      const flush = async (all: boolean) => {
        while (pending.length >= LIST_EXPORT_CHUNK || (all && pending.length > 0)) {
          unwrap(await platformApi().lists.exportRows({ exportId, list: 'clients', rows: pending.slice(0, LIST_EXPORT_CHUNK) }))
          pending = pending.slice(LIST_EXPORT_CHUNK)
        }
      }
      for (;;) {
        const page = await repos.clients.page({ ...filter, offset, limit: CLIENT_SLICE, anchor })
        const ids = page.items.map((c) => c.id)
        const [periods, deregistrations] =
          ids.length > 0 ? await Promise.all([repos.subscriptionPeriods.listByClients(ids), repos.deregistrations.listByClients(ids)]) : [[], []]
        const periodsOf = groupBy(periods)
        const deregistrationsOf = groupBy(deregistrations)
        for (const { currentPlanId: _plan, ...client } of page.items) {
          const source = {
            client,
            partnerCode: partners.byId.get(client.partnerId)?.shortCode ?? '',
            periods: periodsOf.get(client.id) ?? [],
            deregistrations: deregistrationsOf.get(client.id) ?? [],
          }
          pending.push(...clientExportRows(source, { includeBsn, planCode }))
        }
        offset += page.items.length
        done.value = offset
        await flush(false)
        if (!page.hasMore || page.end === undefined) break
        anchor = { offset, key: page.end }
      }
      await flush(true)
      return { records: offset, filter: listFilterCode(filter) }
    })
  }

  return { running, done, total, exportPartners, exportClients }
})
