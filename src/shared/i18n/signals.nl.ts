import type { SignalListKey } from '../domain/signals/types'
import type { SignalActionCode, SignalColumnKey, SignalValueWords } from '../problems/signals'

/** Dutch words of the signal lists: each list's title and criteria, and every row action (`{name}` is a parameter). */
export const signalListsNl: {
  readonly titles: Record<SignalListKey, string>
  readonly descriptions: Record<SignalListKey, string>
  readonly actions: Record<SignalActionCode, string>
  /** The headers of the lists' own columns (src/shared/reports/signalListRows.ts). */
  readonly columns: Record<SignalColumnKey, string>
  /** Words inside those columns' cells. */
  readonly values: SignalValueWords
} = {
  titles: {
    'aanmeldingen-verwerken': 'Aanmeldingen te verwerken',
    'intakeformulier-ontbreekt': 'Intakeformulier ontbreekt',
    'dossier-openstellen': 'Dossier openstellen',
    'intakegesprek-plannen': 'Intakegesprek in te plannen',
    'wijzigingen-akkoord-afwachten': 'Wijzigingen wachten op akkoord',
    'wijzigingen-verwerken': 'Goedgekeurde wijzigingen te verwerken',
    'afmeldingen-verwerken': 'Afmeldingen te verwerken',
    'structurele-afwijkingen': 'Structurele afwijkingen abonnementscheck',
    'geen-contact': 'Actieve cliënten zonder contact',
  },
  descriptions: {
    'aanmeldingen-verwerken': 'Aangemelde cliënten die nog niet zijn geactiveerd. Termijn: 10 werkdagen na ontvangst van de aanmelding.',
    'intakeformulier-ontbreekt':
      'Actieve cliënten van wie het intakeformulier niet is ontvangen. Ernstig bij abonnementen zonder intakegesprek (Basis, Waakvlam). Termijn: 10 werkdagen na verzending van het formulier.',
    'dossier-openstellen':
      'Actieve cliënten van wie het intakeformulier binnen is maar het dossier nog niet is opengesteld. Termijn: 10 werkdagen na ontvangst van het formulier.',
    'intakegesprek-plannen':
      'Actieve cliënten met een abonnement met intakegesprek, intakeformulier ontvangen, nog geen gesprek gepland of gehouden. Termijn: 10 werkdagen na ontvangst van het formulier.',
    'wijzigingen-akkoord-afwachten':
      'Abonnementswijzigingen waarvoor het akkoord van de partner of de operator nog ontbreekt. Termijn: 10 werkdagen na de aanvraag.',
    'wijzigingen-verwerken': 'Abonnementswijzigingen met akkoord van beide partijen. Termijn: 10 werkdagen na het laatste akkoord.',
    'afmeldingen-verwerken': 'Ontvangen afmeldingen die nog niet zijn verwerkt, met de berekende ingangsdatum. Termijn: 10 werkdagen na ontvangst.',
    'structurele-afwijkingen':
      'Actieve cliënten met verbruik structureel boven of onder hun abonnement in het laatste volledige kwartaal, zonder wijzigingsaanvraag sindsdien. Termijn: 10 werkdagen na het einde van het kwartaal.',
    'geen-contact':
      'Cliënten die de laatste twee volledige facturatieperiodes actief waren en in beide geen enkel contact hadden. Termijn: 10 werkdagen na het einde van de laatste periode.',
  },
  actions: {
    'aanmelding-verwerken': 'Aanmelding verwerken: portaalaccount aanmaken, activeren en inloggegevens met intakeformulier sturen',
    'formulier-versturen': 'Intakeformulier versturen (niet geregistreerd als verstuurd) en opvragen bij de partner',
    'formulier-opvragen': 'Intakeformulier opvragen bij de partner',
    'formulier-versturen-ernstig':
      'Intakeformulier versturen (niet geregistreerd als verstuurd) en opvragen bij de partner — ernstig: bij {plan} is er geen intakegesprek, zonder formulier zijn de begeleiders onvoorbereid',
    'formulier-opvragen-ernstig':
      'Intakeformulier opvragen bij de partner — ernstig: bij {plan} is er geen intakegesprek, zonder formulier zijn de begeleiders onvoorbereid',
    'dossier-openstellen': 'Dossier openstellen (intakeformulier ontvangen op {date})',
    'dossier-en-gesprek-plannen': 'Dossier openstellen en intakegesprek inplannen met cliënt en begeleider',
    'gesprek-plannen': 'Intakegesprek inplannen met cliënt en begeleider',
    'akkoord-partner': 'Akkoord van de partner (begeleider) vragen: {from} → {to}',
    'akkoord-operator': 'Akkoord van de operator geven of de wijziging afwijzen: {from} → {to}',
    'akkoord-beide': 'Akkoord van de partner (begeleider) en de operator vragen: {from} → {to}',
    'wijziging-verwerken': 'Wijziging verwerken: {from} → {to} (huidige periode afsluiten, nieuwe openen)',
    'afmelding-verwerken': 'Afmelding verwerken per {date} (eerste dag die niet meer wordt gefactureerd)',
    'verbruik-boven': 'Contact opnemen met begeleider en contactpersoon partner: verbruik structureel boven de bundel in {quarter}',
    'verbruik-boven-advies': 'Contact opnemen met begeleider en contactpersoon partner: verbruik structureel boven de bundel in {quarter}; advies: {plan}',
    'verbruik-onder': 'Contact opnemen met begeleider en contactpersoon partner: verbruik structureel onder de bundel in {quarter}',
    'verbruik-onder-advies': 'Contact opnemen met begeleider en contactpersoon partner: verbruik structureel onder de bundel in {quarter}; advies: {plan}',
    'geen-contact': 'Contact opnemen met de begeleider: geen contact in {earlier} en {later}; gebruik en abonnement bespreken',
  },
  columns: {
    received: 'Ontvangen',
    plan: 'Abonnement',
    activated: 'Geactiveerd',
    formSent: 'Formulier verstuurd',
    serious: 'Ernstig',
    formReceived: 'Formulier ontvangen',
    change: 'Wijziging',
    requestedBy: 'Aangevraagd door',
    requestDate: 'Aanvraag',
    awaiting: 'Wacht op',
    approvedSince: 'Akkoord sinds',
    requestedFor: 'Gevraagd per',
    effectiveDate: 'Ingangsdatum',
    quarter: 'Kwartaal',
    outcome: 'Uitkomst',
    advice: 'Advies',
    usage: 'Verbruik',
    bundle: 'Bundel',
    counsellor: 'Begeleider',
    periods: 'Periodes',
  },
  values: {
    yes: 'ja',
    and: 'en',
    party: { partner: 'partner', operator: 'wij' },
    outcome: { boven: 'Boven bundel', onder: 'Onder bundel', binnen: 'Binnen bundel', 'te kort actief': 'Te kort actief' },
  },
}
