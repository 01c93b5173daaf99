import type { RuleParams } from './rules'

/**
 * The catalogue of lifecycle problems: what the lifecycle rules (src/shared/domain/lifecycle) find in a
 * client's history, by code, with the names of their parameters. Not the validation catalogue: these are not
 * a field's format but a date judged against today and the client's other steps (the intake dialog shows them
 * at the field they name, the deregistration dialog shows why the effective date moved). Not the rule
 * catalogue either: nothing is refused by a throw. The subscription-period findings (a gap, an overlap) share
 * the catalogue because the same rules produce them. Dates in parameters are already written dd-mm-jjjj; an
 * open end is `open`. The words are in src/shared/i18n/lifecycle.*.ts. Add a code when a new finding needs
 * its own words; never rename one.
 */
export const LIFECYCLE_PROBLEMS = {
  // Intake (spec rule 3), each at the field it concerns.
  'datum-in-toekomst': ['today'],
  'formulier-voor-aanmelding': ['date'],
  'dossier-zonder-formulier': [],
  'voor-formulier': ['date'],
  'geen-intakegesprek': [],
  'kies-dag-en-tijd': [],
  'gesprek-zonder-formulier': [],
  'gesprek-niet-gepland': [],
  // Deregistration (spec rule 5): why the date of receipt applies instead of the requested date.
  'afmelding-per-ontvangst': ['requested', 'period', 'from', 'last', 'received'],
  // Subscription periods (spec rules 2, 4, 5): one client's periods against the invariants.
  'andere-client': ['from', 'until'],
  'ongeldige-periode': ['from', 'until'],
  overlap: ['from', 'until', 'otherFrom', 'otherUntil'],
  gat: ['from', 'until'],
  'actief-zonder-abonnement': ['date'],
  'geen-activatiedatum': [],
  'begin-niet-op-activatie': ['from', 'activation'],
  'einde-niet-op-afmelding': ['until', 'effective'],
  'beeindigd-zonder-afmelding': ['until'],
  'eerdere-aanmelding-loopt': [],
  'eerdere-aanmelding-loopt-door': ['date'],
} as const satisfies Record<string, readonly string[]>

export type LifecycleCode = keyof typeof LIFECYCLE_PROBLEMS

/** A lifecycle problem as code and parameters; a screen words it in the UI language. */
export interface LifecycleProblem<C extends LifecycleCode = LifecycleCode> {
  readonly code: C
  readonly params: RuleParams
}

export function isLifecycleCode(value: unknown): value is LifecycleCode {
  return typeof value === 'string' && Object.hasOwn(LIFECYCLE_PROBLEMS, value)
}
