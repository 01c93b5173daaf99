import type { CheckOutcome } from '../domain/quarterlyCheck/quarterlyCheck'
import type { Initiator } from '../model/subscription'
/**
 * The catalogue of signal-list actions: what the clerk is expected to do for one row of a signal list
 * (src/shared/domain/signals), by code, with the names of its parameters. Rows carry the code, so the screen
 * words it in the UI language; the workbook, a document, words it in Dutch (src/shared/reports/signalListRows.ts).
 * The lists' own titles and criteria are keyed by the list's key. The words are in src/shared/i18n/signals.*.ts;
 * dates in parameters are already written dd-mm-jjjj, plans by their name. Never rename a code.
 */
export const SIGNAL_ACTIONS = {
  'aanmelding-verwerken': [],
  'formulier-versturen': [],
  'formulier-opvragen': [],
  'formulier-versturen-ernstig': ['plan'],
  'formulier-opvragen-ernstig': ['plan'],
  'dossier-openstellen': ['date'],
  'dossier-en-gesprek-plannen': [],
  'gesprek-plannen': [],
  'akkoord-partner': ['from', 'to'],
  'akkoord-operator': ['from', 'to'],
  'akkoord-beide': ['from', 'to'],
  'wijziging-verwerken': ['from', 'to'],
  'afmelding-verwerken': ['date'],
  'verbruik-boven': ['quarter'],
  'verbruik-boven-advies': ['quarter', 'plan'],
  'verbruik-onder': ['quarter'],
  'verbruik-onder-advies': ['quarter', 'plan'],
  'geen-contact': ['earlier', 'later'],
} as const satisfies Record<string, readonly string[]>

export type SignalActionCode = keyof typeof SIGNAL_ACTIONS

/** One row's action as code and parameters. */
export interface SignalAction {
  readonly code: SignalActionCode
  readonly params: Readonly<Record<string, string>>
}

export function isSignalActionCode(value: unknown): value is SignalActionCode {
  return typeof value === 'string' && Object.hasOwn(SIGNAL_ACTIONS, value)
}

/** The lists' own columns besides who, deadline and action; their headers are in the words files. */
export type SignalColumnKey =
  | 'received'
  | 'plan'
  | 'activated'
  | 'formSent'
  | 'serious'
  | 'formReceived'
  | 'change'
  | 'requestedBy'
  | 'requestDate'
  | 'awaiting'
  | 'approvedSince'
  | 'requestedFor'
  | 'effectiveDate'
  | 'quarter'
  | 'outcome'
  | 'advice'
  | 'usage'
  | 'bundle'
  | 'counsellor'
  | 'periods'

/** The words inside those columns' cells, in one language: Dutch in the workbook, the UI language on screen. */
export interface SignalValueWords {
  readonly yes: string
  /** Joins two parties or two periods. */
  readonly and: string
  readonly party: Readonly<Record<Initiator, string>>
  readonly outcome: Readonly<Record<CheckOutcome, string>>
}
