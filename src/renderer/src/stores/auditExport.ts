import { defineStore } from 'pinia'
import { ref } from 'vue'
import { AUDIT_EXPORT_CHUNK, AUDIT_EXPORT_MAX_ROWS, type AuditExportLabels } from '@shared/ipc/channels/audit'
import { formatCount, formatInstant } from '@shared/format'
import { auditExportRow, auditWordsFor, type AuditTexts } from '../components/audit/auditRowText'
import { repositories, type AuditFilter } from '../data'
import { i18n, translate } from '../i18n'
import { platformApi, unwrap } from '../platform/api'
import { todayInAmsterdam } from '../composables/today'
import { useAuditStore } from './audit'
import { useClerksStore } from './clerks'
import { errorMessage, type Outcome } from './outcome'
import { usePartnersStore } from './partners'
import { usePlansStore } from './plans'
import { useSettingsStore } from './settings'

export interface AuditExportDone {
  readonly fileName: string
  readonly rows: number
}

/**
 * The filters as the export's audit entry records them: codes, ids, the clerk's name and ISO instants, so
 * the entry holds no client's personal values (a client is named by its id).
 */
export function auditFilterCode(filter: AuditFilter): string {
  const parts = (['entity', 'recordId', 'action', 'clerk', 'clientId', 'fromAt', 'toAt'] as const).flatMap((key) =>
    filter[key] ? [`${key}=${filter[key]}`] : [],
  )
  return parts.length > 0 ? parts.join('; ') : '-'
}

/**
 * "Exporteren naar Excel" on the audit screen: every entry matching the screen's filters (not only the page),
 * newest first, worded as the screen words them. The keys are read first, then the entries slice by slice,
 * each slice worded and sent to main at once, so the window holds one slice of entries at a time. The export
 * itself is an audit entry (filters, count, file name).
 */
export const useAuditExportStore = defineStore('auditExport', () => {
  const running = ref(false)
  const done = ref(0)
  const total = ref(0)

  function texts(): AuditTexts {
    const partners = usePartnersStore()
    const plans = usePlansStore()
    return {
      t: translate,
      te: (key) => i18n.global.te(key),
      reference: (field, id) => (/partnerId$/.test(field) ? partners.byId.get(id)?.name : /planId$/i.test(field) ? plans.byId.get(id)?.name : undefined),
    }
  }

  /** The filters in words, for the lines under the file's title. */
  function filterLines(): string[] {
    const { query } = useAuditStore()
    const parts: string[] = []
    if (query.entity)
      parts.push(`${translate('audit.entity')}: ${translate(`audit.entities.${query.entity}`)}${query.recordId.trim() ? ` ${query.recordId.trim()}` : ''}`)
    if (query.action) parts.push(`${translate('audit.action')}: ${translate(`audit.actions.${query.action}`)}`)
    if (query.clerk) parts.push(`${translate('audit.clerk')}: ${query.clerk}`)
    if (query.client) parts.push(`${translate('audit.client')}: ${query.client.clientNumber} ${query.client.name}`)
    if (query.from.trim()) parts.push(`${translate('audit.from')}: ${query.from.trim()}`)
    if (query.until.trim()) parts.push(`${translate('audit.until')}: ${query.until.trim()}`)
    return [parts.length > 0 ? translate('audit.exportFile.filters', { filters: parts.join(', ') }) : translate('audit.exportFile.noFilters')]
  }

  async function labels(): Promise<AuditExportLabels> {
    const settings = useSettingsStore()
    if (settings.settings === null) await settings.load()
    const clerk = useClerksStore().current?.name ?? settings.settings?.clerkName ?? '-'
    const now = new Date()
    return {
      title: translate('audit.exportFile.title'),
      subtitle: [...filterLines(), translate('audit.exportFile.made', { clerk, at: formatInstant(now.toISOString()) })],
      sheetName: translate('audit.exportFile.sheet'),
      headers: {
        at: translate('audit.exportFile.at'),
        clerk: translate('audit.clerk'),
        action: translate('audit.action'),
        entity: translate('audit.entity'),
        record: translate('audit.record'),
        event: translate('audit.exportFile.eventText'),
        changes: translate('audit.changes'),
        outcome: translate('audit.outcome'),
      },
      emptyText: translate('audit.exportFile.empty'),
      totalsLabel: translate('audit.exportFile.count'),
      operatorName: settings.settings?.operator.name || clerk,
      generatedOn: todayInAmsterdam(now),
    }
  }

  async function exportShown(): Promise<Outcome<AuditExportDone | null>> {
    const filter = useAuditStore().filter()
    if (!filter || running.value) return { ok: false, message: null }
    running.value = true
    done.value = 0
    let exportId: string | null = null
    try {
      const ids = await repositories().audit.ids(filter)
      if (ids.length > AUDIT_EXPORT_MAX_ROWS) {
        return { ok: false, message: translate('audit.exportTooMany', { count: formatCount(ids.length), max: formatCount(AUDIT_EXPORT_MAX_ROWS) }) }
      }
      total.value = ids.length
      const api = platformApi()
      const begun = unwrap(await api.audit.exportBegin())
      if (begun === null) return { ok: true, value: null }
      exportId = begun.exportId
      const wording = texts()
      const words = auditWordsFor(wording)
      for (let at = 0; at < ids.length; at += AUDIT_EXPORT_CHUNK) {
        const entries = await repositories().audit.byIds(ids.slice(at, at + AUDIT_EXPORT_CHUNK))
        unwrap(await api.audit.exportRows({ exportId, rows: entries.map((entry) => auditExportRow(entry, wording, words)) }))
        done.value = Math.min(ids.length, at + AUDIT_EXPORT_CHUNK)
      }
      const written = unwrap(await api.audit.exportFinish({ exportId, labels: await labels() }))
      exportId = null
      await repositories().audit.record({
        entity: 'database',
        recordId: 'auditEntries',
        action: 'export',
        event: 'auditExported',
        params: { filter: auditFilterCode(filter), rows: written.rows, file: written.fileName },
      })
      return { ok: true, value: { fileName: written.fileName, rows: written.rows } }
    } catch (error) {
      if (exportId !== null)
        await platformApi()
          .audit.exportCancel({ exportId })
          .catch(() => undefined)
      return { ok: false, message: errorMessage(error) }
    } finally {
      running.value = false
    }
  }

  return { running, done, total, exportShown }
})
