/**
 * The catalogue of validation problems: the codes the model's schemas and rules put in a zod issue's
 * `message` (and the forms use for their own checks), each with the names of its parameters. Code below the
 * UI speaks in these codes; the sentences live only in the translation files (src/shared/i18n), which must
 * give every code in Dutch and English with exactly these parameters (test/unit/shared/problems).
 * Add a code when a new kind of problem needs its own words; never rename one.
 */
export const VALIDATION_PROBLEMS = {
  'validation.required': [],
  'validation.nameRequired': [],
  'validation.firstNameRequired': [],
  'validation.lastNameRequired': [],
  'validation.clerkNameRequired': [],
  'validation.reasonRequired': [],
  'validation.clientNumberRequired': [],
  'validation.clientNumberTaken': [],
  'validation.shortCodeTaken': ['shortCode', 'name'],
  'validation.planCodeTaken': ['code', 'name'],
  'validation.addressRequired': [],
  'validation.cityRequired': [],
  'validation.postcode': [],
  'validation.email': [],
  'validation.phone': [],
  'validation.shortCode': [],
  'validation.planCode': [],
  'validation.bsn': [],
  'validation.bsnRequired': [],
  'validation.bsnNotRecorded': [],
  'validation.birthDateFuture': [],
  'validation.birthDateRequired': [],
  'validation.birthDateNotRecorded': [],
  'validation.date': [],
  'validation.isoDate': [],
  'validation.period': [],
  'validation.quarter': [],
  'validation.money': [],
  'validation.notNegative': [],
  'validation.subtotalNotSum': [],
  'validation.totalNotSum': [],
  'validation.wholeNumber': [],
  'validation.min': ['min'],
  'validation.max': ['max'],
  'validation.kvk': [],
  'validation.vat': [],
  'validation.iban': [],
  'validation.startDay': [],
  'validation.clientRequired': [],
  'validation.partnerRequired': [],
  'validation.planRequired': [],
  'validation.roleRequired': [],
  'validation.tooLong': [],
  'validation.absolutePath': [],
  'validation.pathCharacter': [],
  'validation.untilAfterFrom': [],
  'validation.partnerInactive': ['name'],
  'validation.planInactive': ['name'],
  'validation.usageIdMismatch': [],
  'validation.usageTwice': ['period'],
  'validation.usageOtherPartner': [],
  'validation.clientNotActive': [],
  'validation.clientNumberTakenAt': ['clientNumber', 'partner'],
  'validation.auditParams': [],
  'validation.auditHistoric': [],
  /** zod's own checks that the model does not name (see zodIssues.ts). */
  'validation.invalidValue': [],
  'validation.notAllowed': [],
  'validation.initials': [],
  'validation.pin': [],
  'validation.initialsTaken': ['initials', 'name'],
  'validation.clerkInactive': ['name'],
  'validation.pinWrong': [],
  /** Partner e-invoice fields. */
  'validation.oin': [],
  /** Continuing an earlier system's invoice numbers. */
  'validation.numberingYear': [],
  'validation.numberingLast': [],
  'validation.numberingStarted': ['year', 'number'],
} as const satisfies Record<string, readonly string[]>

export type ValidationCode = keyof typeof VALIDATION_PROBLEMS
/** The part after `validation.`: the key inside the translation files' `validation` section. */
export type ValidationKey = ValidationCode extends `validation.${infer K}` ? K : never

export function isValidationCode(value: unknown): value is ValidationCode {
  return typeof value === 'string' && Object.hasOwn(VALIDATION_PROBLEMS, value)
}
