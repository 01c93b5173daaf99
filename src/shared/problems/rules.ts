/**
 * The catalogue of rule problems: each business rule that can refuse an action (src/shared/domain, and the
 * data layer's own checks), by its stable code, with the names of its parameters. The words are in the
 * translation files (src/shared/i18n/rules.*.ts); dates in parameters are already written dd-mm-jjjj.
 * Add a code when a new rule refuses something; never rename one (stores map codes to form fields).
 */
export const RULE_PROBLEMS = {
  'ongeldig-factuurnummer': ['number'],
  'dubbel-factuurnummer': ['number'],
  'gat-in-nummering': ['year', 'number'],
  'nummering-vol': ['year'],
  'al-definitief': ['number'],
  'onbekend-abonnement': ['planId'],
  'niet-crediteerbaar': [],
  'ongeldige-minuten': ['clientId', 'date'],
  'onbekende-client': ['clientId'],
  'geen-lopend-abonnement': ['date'],
  'zelfde-abonnement': [],
  'andere-client': [],
  'al-verwerkt': ['date'],
  'verwerkt-voor-ontvangst': [],
  'ongeldige-statusovergang': ['from', 'to'],
  'al-akkoord': ['party'],
  'akkoord-voor-aanvraag': ['date', 'requestDate'],
  'terugwerkende-kracht': ['date', 'period', 'periodFrom'],
  'ander-abonnement': ['date'],
  'al-geactiveerd': ['status'],
  'activatie-voor-aanmelding': ['date', 'receivedDate'],
  'niet-afgemeld': [],
  geanonimiseerd: [],
  'abonnement-loopt': [],
  'aanmelding-voor-einde': ['date', 'endDate'],
  'nummers-op': [],
  'al-afgemeld': ['clientNumber'],
  'afmelding-loopt': ['clientNumber'],
  'verwerkte-afmelding': [],
  'wijziging-loopt': [],
  'niet-leeg': [],
  'geanonimiseerd-ongewijzigd': [],
  'al-geanonimiseerd': [],
  'anonimiseren-niet-afgemeld': [],
  bewaartermijn: ['date'],
  dubbel: [],
  'al-gecrediteerd': ['number'],
  'regel-al-gecrediteerd': ['number', 'clients'],
  'regel-niet-op-factuur': ['number'],
  'geen-regels-gekozen': [],
  'creditreden-ontbreekt': [],
  'definitief-ongewijzigd': [],
  voorbeeldgegevens: ['count'],
  'import-onbekend': [],
  'import-al-ongedaan': [],
  'import-later-gewijzigd': [],
  'import-verbruik': [],
  'import-gefactureerd': [],
  'import-clienten-bij-partner': [],
  'import-later-verbruik': [],
} as const satisfies Record<string, readonly string[]>

export type RuleCode = keyof typeof RULE_PROBLEMS
export type RuleParams = Readonly<Record<string, string | number>>

export function isRuleCode(value: unknown): value is RuleCode {
  return typeof value === 'string' && Object.hasOwn(RULE_PROBLEMS, value)
}
