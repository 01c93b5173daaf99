import type { SignalListKey, SignalRow } from './types'

/**
 * The step on the client's screen that resolves a signal-list row: the client screen opens that dialog when
 * its address asks for it (`?stap=`). Kept as plain words so the address stays readable.
 */
export const CLIENT_STEPS = [
  'activeren',
  'intake',
  'intakegesprek',
  'akkoord-partner',
  'akkoord-operator',
  'wijziging-verwerken',
  'afmelding-verwerken',
  'wijziging-aanvragen',
] as const
export type ClientStep = (typeof CLIENT_STEPS)[number]

export function isClientStep(value: unknown): value is ClientStep {
  return typeof value === 'string' && (CLIENT_STEPS as readonly string[]).includes(value)
}

const STEP_OF_LIST: { readonly [K in SignalListKey]: ClientStep | null } = {
  'aanmeldingen-verwerken': 'activeren',
  'intakeformulier-ontbreekt': 'intake',
  'dossier-openstellen': 'intake',
  'intakegesprek-plannen': 'intakegesprek',
  // Resolved per row: the party whose approval is awaited.
  'wijzigingen-akkoord-afwachten': null,
  'wijzigingen-verwerken': 'wijziging-verwerken',
  'afmeldingen-verwerken': 'afmelding-verwerken',
  'structurele-afwijkingen': 'wijziging-aanvragen',
  // Nothing to record on the client: the clerk contacts the partner; the client screen shows the usage.
  'geen-contact': null,
}

/** The step that resolves the row, or null when the client's screen itself is the place to start. */
export function stepForRow(row: SignalRow): ClientStep | null {
  if (row.list === 'wijzigingen-akkoord-afwachten') return row.awaiting.includes('partner') ? 'akkoord-partner' : 'akkoord-operator'
  return STEP_OF_LIST[row.list]
}
