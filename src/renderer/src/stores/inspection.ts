import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AuditEntity, AuditEntry } from '@shared/model'
import type { InspectionReport } from '@shared/reports/inspection'
import { repositories } from '../data'
import { translate } from '../i18n'
import { platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { errorMessage, type Outcome } from './outcome'

/** Every record held about one client, read from the repositories (AVG art. 15). */
async function collect(clientId: string): Promise<InspectionReport | null> {
  const repos = repositories()
  const client = await repos.clients.get(clientId)
  if (!client) return null
  const [partner, plans, subscriptionPeriods, changeRequests, deregistrations, usage, invoices] = await Promise.all([
    repos.partners.get(client.partnerId),
    repos.plans.list(),
    repos.subscriptionPeriods.listByClient(clientId),
    repos.changeRequests.list({ clientId }),
    repos.deregistrations.list({ clientId }),
    repos.usage.listByClient(clientId),
    repos.invoices.list({ partnerId: client.partnerId }),
  ])
  const records: [AuditEntity, string][] = [
    ['client', clientId],
    ...subscriptionPeriods.map((p): [AuditEntity, string] => ['subscriptionPeriod', p.id]),
    ...changeRequests.map((c): [AuditEntity, string] => ['changeRequest', c.id]),
    ...deregistrations.map((d): [AuditEntity, string] => ['deregistration', d.id]),
    ...usage.map((u): [AuditEntity, string] => ['usage', u.id]),
  ]
  const auditEntries: AuditEntry[] = (await Promise.all(records.map(([entity, id]) => repos.audit.forRecord(entity, id))))
    .flat()
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
  const invoiceLines = invoices.flatMap((invoice) =>
    invoice.lines
      .filter((line) => line.clientId === clientId)
      .map((line) => ({
        invoiceNumber: invoice.number,
        kind: invoice.kind,
        status: invoice.status,
        period: invoice.period,
        invoiceDate: invoice.invoiceDate,
        line,
      })),
  )
  return {
    client,
    partnerName: partner?.name ?? '',
    planNames: Object.fromEntries(plans.map((plan) => [plan.id, plan.name])),
    subscriptionPeriods,
    changeRequests,
    deregistrations,
    usage,
    invoiceLines,
    auditEntries,
  }
}

/**
 * The inspection export (AVG art. 15): main asks where to save and writes one workbook; the export is then
 * recorded in the audit trail under the client's id, without any personal value.
 */
export const useInspectionStore = defineStore('inspection', () => {
  const exporting = ref(false)

  /** The file name written, or null when the clerk cancelled the save dialog. */
  async function exportClient(clientId: string): Promise<Outcome<string | null>> {
    exporting.value = true
    try {
      const report = await collect(clientId)
      if (report === null) return { ok: false, message: translate('common.notFoundText') }
      const settings = await repositories().settings.get()
      const written = unwrap(
        await platformApi().report.writeInspection({ context: { operatorName: settings.operator.name || '-', generatedOn: todayInAmsterdam() }, report }),
      )
      if (written === null) return { ok: true, value: null }
      await repositories().audit.record({ entity: 'client', recordId: clientId, action: 'export', event: 'clientDataExported', params: {} })
      return { ok: true, value: written.fileName }
    } catch (error) {
      return { ok: false, message: errorMessage(error) }
    } finally {
      exporting.value = false
    }
  }

  return { exporting, exportClient }
})
