import { buildSignalContext } from './context'
import { dossiersToOpen, intakeConversationsToPlan, intakeFormsMissing, registrationsToProcess } from './clientLists'
import { activeWithoutContact, structuralDeviations } from './monitoringLists'
import { changesAwaitingApproval, changesToProcess, deregistrationsToProcess } from './requestLists'
import type { AnySignalList, SignalContext, SignalData, SignalList, SignalListKey, SignalRowOf } from './types'

interface ListDefinition<K extends SignalListKey> {
  readonly title: string
  readonly description: string
  readonly rows: (ctx: SignalContext) => SignalRowOf<K>[]
}

/** Title, criteria and computation of each list (spec rule 10, seed 004); precise definitions in docs/rules.md. */
export const SIGNAL_LISTS: { readonly [K in SignalListKey]: ListDefinition<K> } = {
  'aanmeldingen-verwerken': {
    title: 'Aanmeldingen te verwerken',
    description: 'Aangemelde cliënten die nog niet zijn geactiveerd. Termijn: 10 werkdagen na ontvangst van de aanmelding.',
    rows: registrationsToProcess,
  },
  'intakeformulier-ontbreekt': {
    title: 'Intakeformulier ontbreekt',
    description:
      'Actieve cliënten van wie het intakeformulier niet is ontvangen. Ernstig bij abonnementen zonder intakegesprek (Basis, Waakvlam). Termijn: 10 werkdagen na verzending van het formulier.',
    rows: intakeFormsMissing,
  },
  'dossier-openstellen': {
    title: 'Dossier openstellen',
    description: 'Actieve cliënten van wie het intakeformulier binnen is maar het dossier nog niet is opengesteld. Termijn: 10 werkdagen na ontvangst van het formulier.',
    rows: dossiersToOpen,
  },
  'intakegesprek-plannen': {
    title: 'Intakegesprek in te plannen',
    description: 'Actieve cliënten met een abonnement met intakegesprek, intakeformulier ontvangen, nog geen gesprek gepland of gehouden. Termijn: 10 werkdagen na ontvangst van het formulier.',
    rows: intakeConversationsToPlan,
  },
  'wijzigingen-akkoord-afwachten': {
    title: 'Wijzigingen wachten op akkoord',
    description: 'Abonnementswijzigingen waarvoor het akkoord van de partner of de operator nog ontbreekt. Termijn: 10 werkdagen na de aanvraag.',
    rows: changesAwaitingApproval,
  },
  'wijzigingen-verwerken': {
    title: 'Goedgekeurde wijzigingen te verwerken',
    description: 'Abonnementswijzigingen met akkoord van beide partijen. Termijn: 10 werkdagen na het laatste akkoord.',
    rows: changesToProcess,
  },
  'afmeldingen-verwerken': {
    title: 'Afmeldingen te verwerken',
    description: 'Ontvangen afmeldingen die nog niet zijn verwerkt, met de berekende ingangsdatum. Termijn: 10 werkdagen na ontvangst.',
    rows: deregistrationsToProcess,
  },
  'structurele-afwijkingen': {
    title: 'Structurele afwijkingen abonnementscheck',
    description:
      'Actieve cliënten met verbruik structureel boven of onder hun abonnement in het laatste volledige kwartaal, zonder wijzigingsaanvraag sindsdien. Termijn: 10 werkdagen na het einde van het kwartaal.',
    rows: structuralDeviations,
  },
  'geen-contact': {
    title: 'Actieve cliënten zonder contact',
    description: 'Cliënten die de laatste twee volledige facturatieperiodes actief waren en in beide geen enkel contact hadden. Termijn: 10 werkdagen na het einde van de laatste periode.',
    rows: activeWithoutContact,
  },
}

function listOf<K extends SignalListKey>(key: K, ctx: SignalContext): SignalList<K> {
  const definition: ListDefinition<K> = SIGNAL_LISTS[key]
  return { key, title: definition.title, description: definition.description, rows: definition.rows(ctx) }
}

/** One list, e.g. for its own screen or export. */
export function computeSignalList<K extends SignalListKey>(key: K, data: SignalData): SignalList<K> {
  return listOf(key, buildSignalContext(data))
}

/**
 * Every signal list for `today`, in display order. Lists without rows are included with `rows: []`; the
 * caller hides them (spec rule 10: a list appears only when at least one client meets its criteria).
 */
export function computeSignalLists(data: SignalData): AnySignalList[] {
  const ctx = buildSignalContext(data)
  return [
    listOf('aanmeldingen-verwerken', ctx),
    listOf('intakeformulier-ontbreekt', ctx),
    listOf('dossier-openstellen', ctx),
    listOf('intakegesprek-plannen', ctx),
    listOf('wijzigingen-akkoord-afwachten', ctx),
    listOf('wijzigingen-verwerken', ctx),
    listOf('afmeldingen-verwerken', ctx),
    listOf('structurele-afwijkingen', ctx),
    listOf('geen-contact', ctx),
  ]
}
