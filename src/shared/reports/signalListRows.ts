import type { CalendarDate } from '../calendar/calendarDate'
import type { AnySignalList, SignalListKey, SignalRowOf } from '../domain/signals/types'
import { signalListsNl } from '../i18n/signals.nl'
import type { Initiator } from '../model/subscription'
import { fillParams } from '../problems/dutchText'
import type { SignalAction } from '../problems/signals'
import type { NameLookup } from './names'
import { contactText, OUTCOME_LABEL } from './quarterlyCheckReport'
import type { SignalExtraColumn, SignalExtraValue, SignalListReport, SignalSheetRow } from './signalListReport'

/**
 * The columns each signal list shows besides who, deadline, working days left and action — the same on the
 * screen and in the Excel file, so a clerk finds in the export what she saw.
 */
export interface SignalColumn<R> extends SignalExtraColumn {
  readonly value: (row: R, names: NameLookup) => SignalExtraValue
  /** False for a column only the export needs (the screen says it once above the list, or links to the client). */
  readonly onScreen?: false
}

type ColumnsByList = { readonly [K in SignalListKey]: readonly SignalColumn<SignalRowOf<K>>[] }

const PARTY: Readonly<Record<Initiator, string>> = { partner: 'partner', operator: 'wij' }

const change = (row: { fromPlanId: string; toPlanId: string }, names: NameLookup) => `${names.planName(row.fromPlanId)} → ${names.planName(row.toPlanId)}`

export const SIGNAL_COLUMNS: ColumnsByList = {
  'aanmeldingen-verwerken': [
    { header: 'Ontvangen', kind: 'date', value: (r) => r.receivedDate },
    { header: 'Abonnement', kind: 'text', value: (r, n) => n.planName(r.planId) },
  ],
  'intakeformulier-ontbreekt': [
    { header: 'Geactiveerd', kind: 'date', value: (r) => r.activationDate },
    { header: 'Formulier verstuurd', kind: 'date', value: (r) => r.formSentDate },
    { header: 'Abonnement', kind: 'text', value: (r, n) => n.planName(r.planId) },
    { header: 'Ernstig', kind: 'text', value: (r) => (r.serious ? 'ja' : '') },
  ],
  'dossier-openstellen': [{ header: 'Formulier ontvangen', kind: 'date', value: (r) => r.formReceivedDate }],
  'intakegesprek-plannen': [
    { header: 'Formulier ontvangen', kind: 'date', value: (r) => r.formReceivedDate },
    { header: 'Abonnement', kind: 'text', value: (r, n) => n.planName(r.planId) },
  ],
  'wijzigingen-akkoord-afwachten': [
    { header: 'Wijziging', kind: 'text', value: change },
    { header: 'Aangevraagd door', kind: 'text', value: (r) => PARTY[r.initiatedBy] },
    { header: 'Aanvraag', kind: 'date', value: (r) => r.requestDate },
    { header: 'Wacht op', kind: 'text', value: (r) => r.awaiting.map((p) => PARTY[p]).join(' en ') },
  ],
  'wijzigingen-verwerken': [
    { header: 'Wijziging', kind: 'text', value: change },
    { header: 'Akkoord sinds', kind: 'date', value: (r) => r.approvedDate },
  ],
  'afmeldingen-verwerken': [
    { header: 'Ontvangen', kind: 'date', value: (r) => r.receivedDate },
    { header: 'Gevraagd per', kind: 'date', value: (r) => r.requestedDate },
    { header: 'Ingangsdatum', kind: 'date', value: (r) => r.effectiveDate },
  ],
  'structurele-afwijkingen': [
    { header: 'Kwartaal', kind: 'text', value: (r) => r.quarter, onScreen: false },
    { header: 'Uitkomst', kind: 'text', value: (r) => OUTCOME_LABEL[r.outcome] },
    { header: 'Abonnement', kind: 'text', value: (r, n) => n.planName(r.currentPlanId) },
    { header: 'Advies', kind: 'text', value: (r, n) => (r.recommendedPlanId === null ? '' : n.planName(r.recommendedPlanId)) },
    { header: 'Verbruik', kind: 'minutes', value: (r) => r.totalUsageMinutes },
    { header: 'Bundel', kind: 'minutes', value: (r) => r.totalBundleMinutes },
    { header: 'Begeleider', kind: 'text', value: (r) => contactText(r.begeleider), onScreen: false },
  ],
  'geen-contact': [
    { header: 'Periodes', kind: 'text', value: (r) => r.periods.join(' en ') },
    { header: 'Abonnement', kind: 'text', value: (r, n) => n.planName(r.planId) },
  ],
}

/** The extra cells of one row, in column order. */
export function signalExtraValues(list: AnySignalList, index: number, names: NameLookup): SignalExtraValue[] {
  const columns = SIGNAL_COLUMNS[list.key] as readonly SignalColumn<(typeof list.rows)[number]>[]
  const row = list.rows[index]
  return row === undefined ? [] : columns.map((c) => c.value(row, names))
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
    extra: signalExtraValues(list, i, names),
  }))
  return { title: signalListsNl.titles[list.key], description: signalListsNl.descriptions[list.key], today, extraColumns: columns.map(({ header, kind }) => ({ header, kind })), rows }
}
