import type { AuditExportRow } from '@shared/ipc/channels/audit'
import type { AuditEntity, AuditEntry, FieldChange } from '@shared/model'
import { formatInstant } from '@shared/format'
import { auditEventText } from './auditEventText'
import { auditFieldLabelKey } from './auditFields'
import { auditValueText, changeKind, visibleChanges, type AuditWords, type ReferenceLookup } from './auditValue'

/** The UI language's words, and the names of partners and plans for id fields. */
export interface AuditTexts {
  readonly t: (key: string, params?: Record<string, string | number>) => string
  /** Whether a key has words (a stored code without words is shown as stored). */
  readonly te: (key: string) => boolean
  readonly reference: ReferenceLookup
}

const CODE_KEYS: Record<string, string> = { status: 'clients.statuses', ecdMode: 'partners.ecdModes', locale: 'settings.languages' }

/** How values read in the audit trail, in the UI language. */
export function auditWordsFor(texts: AuditTexts): AuditWords {
  const { t, te } = texts
  return {
    empty: t('audit.empty'),
    yes: t('common.yes'),
    no: t('common.no'),
    code: (field, value) => {
      const base = CODE_KEYS[field]
      return base && te(`${base}.${value}`) ? t(`${base}.${value}`) : undefined
    },
    reference: texts.reference,
  }
}

export function auditFieldLabel(entity: AuditEntity, field: string, t: AuditTexts['t']): string {
  const key = auditFieldLabelKey(entity, field)
  return key ? t(key) : field
}

/** The changes as the screen lists them, one line each: `field: before → after` (only the value for a new or a gone one). */
export function auditChangesText(entity: AuditEntity, changes: readonly FieldChange[], texts: AuditTexts, words: AuditWords = auditWordsFor(texts)): string {
  return visibleChanges(changes)
    .map((change) => {
      const value = (v: unknown) => auditValueText(change.field, v, words)
      const kind = changeKind(change)
      const shown = kind === 'new' ? value(change.after) : kind === 'gone' ? value(change.before) : `${value(change.before)} → ${value(change.after)}`
      return `${auditFieldLabel(entity, change.field, texts.t)}: ${shown}`
    })
    .join('\n')
}

/** One entry as a row of the export: the columns of the screen, in the UI language. */
export function auditExportRow(entry: AuditEntry, texts: AuditTexts, words: AuditWords = auditWordsFor(texts)): AuditExportRow {
  const { t } = texts
  return {
    at: formatInstant(entry.at),
    clerk: entry.clerk,
    action: t(`audit.actions.${entry.action}`),
    entity: t(`audit.entities.${entry.entity}`),
    record: entry.recordId,
    event: auditEventText(entry, t),
    changes: auditChangesText(entry.entity, entry.changes, texts, words),
    outcome: t(`audit.outcomes.${entry.outcome}`),
  }
}
