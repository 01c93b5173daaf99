import type { RuleParams } from './rules'

/**
 * The catalogue of onboarding-import problems (partners and clients): why a file cannot be read,
 * or why a row's cell or the row as a whole is refused, each with the names of its parameters. `column` is
 * the header as the file writes it (the clerk finds it there), `value` the cell as the file has it, dates
 * already written dd-mm-jjjj, `line` and `firstLine` rows of the file. The words are in
 * src/shared/i18n/onboarding.*.ts. Add a code for a new problem; never rename one.
 */
export const ONBOARDING_PROBLEMS = {
  'onboarding.noHeader': [],
  'onboarding.missingColumns': ['columns', 'line'],
  'onboarding.noRows': ['line'],
  'onboarding.required': ['column'],
  'onboarding.invalidDate': ['column', 'value'],
  'onboarding.dateInFuture': ['column', 'date'],
  'onboarding.invalidBsn': ['value'],
  'onboarding.invalidChoice': ['column', 'value', 'choices'],
  'onboarding.invalidEmail': ['column', 'value'],
  'onboarding.invalidPhone': ['column', 'value'],
  'onboarding.invalidPostcode': ['value'],
  'onboarding.invalidShortCode': ['value'],
  'onboarding.invalidKvk': ['value'],
  'onboarding.invalidOin': ['value'],
  'onboarding.tooLong': ['column', 'max'],
  'onboarding.duplicateShortCode': ['shortCode', 'firstLine'],
  'onboarding.unknownPartner': ['partner'],
  'onboarding.ambiguousPartner': ['partner'],
  'onboarding.unknownPlan': ['plan'],
  'onboarding.clientNumberRequired': ['partner'],
  'onboarding.requiredForEigen': ['column', 'partner'],
  'onboarding.notRecordedForPartner': ['column', 'partner'],
  'onboarding.conflictingRow': ['column', 'firstLine'],
  'onboarding.duplicateBsn': ['firstLine'],
  'onboarding.activationRequired': ['status'],
  'onboarding.activationNotAllowed': [],
  'onboarding.activationBeforeRegistration': ['activation', 'registration'],
  'onboarding.deregistrationIncomplete': [],
  'onboarding.deregistrationMissing': [],
  'onboarding.deregistrationNotAllowed': ['status'],
  'onboarding.deregistrationBeforeActivation': ['effective', 'activation'],
  'onboarding.historyNotAllowed': [],
  'onboarding.periodFromMissing': [],
  'onboarding.periodUntilNotAfterFrom': ['from', 'until'],
  'onboarding.periodStartNotActivation': ['from', 'activation'],
  'onboarding.periodGap': ['from', 'previousUntil', 'previousLine'],
  'onboarding.periodOverlap': ['from', 'previousUntil', 'previousLine'],
  'onboarding.periodEndsWhileActive': ['until'],
  'onboarding.periodEndNotDeregistration': ['until', 'effective'],
  'onboarding.periodAfterEnd': ['from', 'effective'],
} as const satisfies Record<string, readonly string[]>

export type OnboardingCode = keyof typeof ONBOARDING_PROBLEMS
/** The part after `onboarding.`: the key inside the translation files. */
export type OnboardingKey = OnboardingCode extends `onboarding.${infer K}` ? K : never

export interface OnboardingProblem {
  readonly code: OnboardingCode
  readonly params: RuleParams
}

export function onboardingProblem(code: OnboardingCode, params: RuleParams = {}): OnboardingProblem {
  return { code, params }
}

export const onboardingKeyOf = (code: OnboardingCode): OnboardingKey => code.slice('onboarding.'.length) as OnboardingKey
