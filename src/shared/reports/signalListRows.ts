import type { CalendarDate } from '../calendar/calendarDate'
import type { AnySignalList, SignalListKey, SignalRowOf } from '../domain/signals/types'
import { signalListsNl } from '../i18n/signals.nl'
import { fillParams } from '../problems/dutchText'
import type { SignalAction, SignalColumnKey, SignalValueWords } from '../problems/signals'
import type { NameLookup } from './names'
import { contactText } from './quarterlyCheckReport'
import type { SignalExtraColumn, SignalExtraValue, SignalListReport, SignalSheetRow } from './signalListReport'

/**
 * The columns each signal list shows besides who, deadline, working days left and action — the same on the
 * screen and in the Excel file, so a clerk finds in the export what she saw.
 */
export interface SignalColumn<R> {
  /** The header's key in the words files (`columns`): Dutch in the workbook, the UI language on screen. */
  readonly key: SignalColumnKey
  readonly kind: SignalExtraColumn['kind']
  readonly value: (row: R, names: NameLookup, words: SignalValueWords) => SignalExtraValue
  /** False for a column only the export needs (the screen says it once above the list, or links to the client). */
  readonly onScreen?: false
}

type ColumnsByList = { readonly [K in SignalListKey]: readonly SignalColumn<SignalRowOf<K>>[] }

const change = (row: { fromPlanId: string; toPlanId: string }, names: NameLookup) => `${names.planName(row.fromPlanId)} → ${names.planName(row.toPlanId)}`

export const SIGNAL_COLUMNS: ColumnsByList = {
  'aanmeldingen-verwerken': [
    { key: 'received', kind: 'date', value: (r) => r.receivedDate },
    { key: 'plan', kind: 'text', value: (r, n) => n.planName(r.planId) },
  ],
  'intakeformulier-ontbreekt': [
    { key: 'activated', kind: 'date', value: (r) => r.activationDate },
    { key: 'formSent', kind: 'date', value: (r) => r.formSentDate },
    { key: 'plan', kind: 'text', value: (r, n) => n.planName(r.planId) },
    { key: 'serious', kind: 'text', value: (r, _n, w) => (r.serious ? w.yes : '') },
  ],
  'dossier-openstellen': [{ key: 'formReceived', kind: 'date', value: (r) => r.formReceivedDate }],
  'intakegesprek-plannen': [
    { key: 'formReceived', kind: 'date', value: (r) => r.formReceivedDate },
    { key: 'plan', kind: 'text', value: (r, n) => n.planName(r.planId) },
  ],
  'wijzigingen-akkoord-afwachten': [
    { key: 'change', kind: 'text', value: change },
    { key: 'requestedBy', kind: 'text', value: (r, _n, w) => w.party[r.initiatedBy] },
    { key: 'requestDate', kind: 'date', value: (r) => r.requestDate },
    { key: 'awaiting', kind: 'text', value: (r, _n, w) => r.awaiting.map((p) => w.party[p]).join(` ${w.and} `) },
  ],
  'wijzigingen-verwerken': [
    { key: 'change', kind: 'text', value: change },
    { key: 'approvedSince', kind: 'date', value: (r) => r.approvedDate },
  ],
  'afmeldingen-verwerken': [
    { key: 'received', kind: 'date', value: (r) => r.receivedDate },
    { key: 'requestedFor', kind: 'date', value: (r) => r.requestedDate },
    { key: 'effectiveDate', kind: 'date', value: (r) => r.effectiveDate },
  ],
  'structurele-afwijkingen': [
    { key: 'quarter', kind: 'text', value: (r) => r.quarter, onScreen: false },
    { key: 'outcome', kind: 'text', value: (r, _n, w) => w.outcome[r.outcome] },
    { key: 'plan', kind: 'text', value: (r, n) => n.planName(r.currentPlanId) },
    { key: 'advice', kind: 'text', value: (r, n) => (r.recommendedPlanId === null ? '' : n.planName(r.recommendedPlanId)) },
    { key: 'usage', kind: 'minutes', value: (r) => r.totalUsageMinutes },
    { key: 'bundle', kind: 'minutes', value: (r) => r.totalBundleMinutes },
    { key: 'counsellor', kind: 'text', value: (r) => contactText(r.begeleider), onScreen: false },
  ],
  'geen-contact': [
    { key: 'periods', kind: 'text', value: (r, _n, w) => r.periods.join(` ${w.and} `) },
    { key: 'plan', kind: 'text', value: (r, n) => n.planName(r.planId) },
  ],
}

/** The extra cells of one row, in column order, with `words` for the cells that hold words. */
export function signalExtraValues(list: AnySignalList, index: number, names: NameLookup, words: SignalValueWords): SignalExtraValue[] {
  const columns = SIGNAL_COLUMNS[list.key] as readonly SignalColumn<(typeof list.rows)[number]>[]
  const row = list.rows[index]
  return row === undefined ? [] : columns.map((c) => c.value(row, names, words))
}

/** A row's action in Dutch, as the workbook (a document) states it whatever the UI language. */
export function dutchSignalAction(action: SignalAction): string {
  return fillParams(signalListsNl.actions[action.code], action.params)
}

/** A signal list as the workbook writer takes it (src/main/reports/signalListWorkbook.ts), in Dutch. */
export function toSignalListReport(list: AnySignalList, names: NameLookup, today: CalendarDate): SignalListReport {
  const columns = SIGNAL_COLUMNS[list.key]
  const rows: SignalSheetRow[] = list.rows.map((row, i) => ({
    partnerName: names.partnerName(row.partnerId),
    clientNumber: row.clientNumber,
    clientName: row.clientName,
    deadline: row.deadline,
    workingDaysLeft: row.workingDaysLeft,
    overdue: row.overdue,
    action: dutchSignalAction(row.action),
    extra: signalExtraValues(list, i, names, signalListsNl.values),
  }))
  return {
    title: signalListsNl.titles[list.key],
    description: signalListsNl.descriptions[list.key],
    today,
    extraColumns: columns.map(({ key, kind }) => ({ header: signalListsNl.columns[key], kind })),
    rows,
  }
}
