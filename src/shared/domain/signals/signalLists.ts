import { buildSignalContext } from './context'
import { dossiersToOpen, intakeConversationsToPlan, intakeFormsMissing, registrationsToProcess } from './clientLists'
import { activeWithoutContact, structuralDeviations } from './monitoringLists'
import { changesAwaitingApproval, changesToProcess, deregistrationsToProcess } from './requestLists'
import type { AnySignalList, SignalContext, SignalData, SignalList, SignalListKey, SignalRowOf } from './types'

interface ListDefinition<K extends SignalListKey> {
  readonly rows: (ctx: SignalContext) => SignalRowOf<K>[]
}

/**
 * The computation of each list (spec rule 10, seed 004); precise definitions in docs/rules.md, titles and
 * criteria in src/shared/i18n/signals.*.ts.
 */
export const SIGNAL_LISTS: { readonly [K in SignalListKey]: ListDefinition<K> } = {
  'aanmeldingen-verwerken': { rows: registrationsToProcess },
  'intakeformulier-ontbreekt': { rows: intakeFormsMissing },
  'dossier-openstellen': { rows: dossiersToOpen },
  'intakegesprek-plannen': { rows: intakeConversationsToPlan },
  'wijzigingen-akkoord-afwachten': { rows: changesAwaitingApproval },
  'wijzigingen-verwerken': { rows: changesToProcess },
  'afmeldingen-verwerken': { rows: deregistrationsToProcess },
  'structurele-afwijkingen': { rows: structuralDeviations },
  'geen-contact': { rows: activeWithoutContact },
}

function listOf<K extends SignalListKey>(key: K, ctx: SignalContext): SignalList<K> {
  const definition: ListDefinition<K> = SIGNAL_LISTS[key]
  return { key, rows: definition.rows(ctx) }
}

/** One list, e.g. for its own screen or export. */
export function computeSignalList<K extends SignalListKey>(key: K, data: SignalData): SignalList<K> {
  return listOf(key, buildSignalContext(data))
}

/**
 * Every list in display order, each made by `listFor`: the one place that order is written, for computing the
 * lists and for bringing them up to date (`updateSignalLists`).
 */
export function inDisplayOrder(listFor: <K extends SignalListKey>(key: K) => SignalList<K>): AnySignalList[] {
  return [
    listFor('aanmeldingen-verwerken'),
    listFor('intakeformulier-ontbreekt'),
    listFor('dossier-openstellen'),
    listFor('intakegesprek-plannen'),
    listFor('wijzigingen-akkoord-afwachten'),
    listFor('wijzigingen-verwerken'),
    listFor('afmeldingen-verwerken'),
    listFor('structurele-afwijkingen'),
    listFor('geen-contact'),
  ]
}

/**
 * Every signal list for `today`, in display order. Lists without rows are included with `rows: []`; the
 * caller hides them (spec rule 10: a list appears only when at least one client meets its criteria).
 */
export function computeSignalLists(data: SignalData): AnySignalList[] {
  const ctx = buildSignalContext(data)
  return inDisplayOrder((key) => listOf(key, ctx))
}
