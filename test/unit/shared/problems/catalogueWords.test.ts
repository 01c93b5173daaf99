import { describe, expect, it } from 'vitest'
import { paramsOf } from './sourceFiles'
import { AUDIT_EVENTS } from '@shared/audit/events'
import { auditEn } from '@shared/i18n/audit.en'
import { auditNl } from '@shared/i18n/audit.nl'
import { backupEn } from '@shared/i18n/backup.en'
import { backupNl } from '@shared/i18n/backup.nl'
import { dataEn } from '@shared/i18n/data.en'
import { dataNl } from '@shared/i18n/data.nl'
import { errorsEn } from '@shared/i18n/errors.en'
import { errorsNl } from '@shared/i18n/errors.nl'
import { importEn } from '@shared/i18n/import.en'
import { importNl } from '@shared/i18n/import.nl'
import { onboardingEn } from '@shared/i18n/onboarding.en'
import { onboardingNl } from '@shared/i18n/onboarding.nl'
import { lifecycleEn } from '@shared/i18n/lifecycle.en'
import { lifecycleNl } from '@shared/i18n/lifecycle.nl'
import { rulesEn } from '@shared/i18n/rules.en'
import { rulesNl } from '@shared/i18n/rules.nl'
import { validationEn } from '@shared/i18n/validation.en'
import { validationNl } from '@shared/i18n/validation.nl'
import { verifyEn } from '@shared/i18n/verify.en'
import { verifyNl } from '@shared/i18n/verify.nl'
import { APP_ERROR_PROBLEMS } from '@shared/problems/appErrors'
import { BACKUP_PROBLEMS, backupKeyOf, type BackupCode } from '@shared/problems/backup'
import { DATA_PROBLEMS } from '@shared/problems/data'
import { IMPORT_PROBLEMS, importKeyOf, type ImportCode } from '@shared/problems/import'
import { LIFECYCLE_PROBLEMS } from '@shared/problems/lifecycle'
import { ONBOARDING_PROBLEMS, onboardingKeyOf, type OnboardingCode } from '@shared/problems/onboarding'
import { RULE_PROBLEMS } from '@shared/problems/rules'
import { VALIDATION_PROBLEMS } from '@shared/problems/validation'
import { VERIFY_PROBLEMS, verifyKeyOf, type VerifyCode } from '@shared/problems/verify'
import { CLI_MESSAGES } from '../../../../src/cli/i18n/catalogue'
import { cliEn } from '../../../../src/cli/i18n/cli.en'
import { cliNl } from '../../../../src/cli/i18n/cli.nl'

/**
 * Every catalogue of codes has the same contract with its translation files: words for exactly its codes in
 * Dutch and English, each using exactly the code's parameters (a parameter may appear twice), no vue-i18n
 * syntax other than `{name}` (the UI would read it differently than `fillParams`), and English words that
 * are not the Dutch ones. The tests of each catalogue's own behaviour live beside this file.
 */
interface Catalogue {
  readonly name: string
  readonly problems: Readonly<Record<string, readonly string[]>>
  readonly nl: Readonly<Record<string, string>>
  readonly en: Readonly<Record<string, string>>
  /** The key of a code in the translation files, when the files leave out the catalogue's prefix. */
  readonly keyOf?: (code: string) => string
  /** Dutch words that would betray an untranslated English message. */
  readonly dutchWords?: RegExp
  /** False for words only the command line fills in (its help shows `|` and `[…]` as they are). */
  readonly readByVueI18n?: boolean
}

const catalogues: readonly Catalogue[] = [
  { name: 'main-process errors', problems: APP_ERROR_PROBLEMS, nl: errorsNl, en: errorsEn },
  {
    name: 'audit events',
    problems: AUDIT_EVENTS,
    nl: auditNl,
    en: auditEn,
    dutchWords: /\b(gewijzigd|verwijderd|aangemaakt|afmelding|cliënt|abonnementsvorm)\b/i,
  },
  { name: 'backup problems', problems: BACKUP_PROBLEMS, nl: backupNl, en: backupEn, keyOf: (code) => backupKeyOf(code as BackupCode) },
  { name: 'command line messages', problems: CLI_MESSAGES, nl: cliNl, en: cliEn, readByVueI18n: false },
  { name: 'data problems', problems: DATA_PROBLEMS, nl: dataNl, en: dataEn, dutchWords: /\b(niet|bestaat|cliënt|gegevens|opgeslagen)\b/i },
  { name: 'import problems', problems: IMPORT_PROBLEMS, nl: importNl, en: importEn, keyOf: (code) => importKeyOf(code as ImportCode) },
  { name: 'lifecycle problems', problems: LIFECYCLE_PROBLEMS, nl: lifecycleNl, en: lifecycleEn, dutchWords: /\b(ligt|vóór|niet|bij|het|een|abonnement)\b/i },
  { name: 'rule problems', problems: RULE_PROBLEMS, nl: rulesNl, en: rulesEn },
  {
    name: 'validation problems',
    problems: VALIDATION_PROBLEMS,
    nl: validationNl,
    en: validationEn,
    keyOf: (code) => code.slice('validation.'.length),
    dutchWords: /\b(is verplicht|ongeldig|ongeldige|kies|moet|niet|bij|mag|geheel|minimaal|maximaal|hoofdletters|cijfers)\b/i,
  },
  { name: 'onboarding problems', problems: ONBOARDING_PROBLEMS, nl: onboardingNl, en: onboardingEn, keyOf: (code) => onboardingKeyOf(code as OnboardingCode) },
  { name: 'verify findings', problems: VERIFY_PROBLEMS, nl: verifyNl, en: verifyEn, keyOf: (code) => verifyKeyOf(code as VerifyCode) },
]

const OTHER_SYNTAX = /[@|$]|\{(?!\w+\})/
const uniqueParams = (message: string) => [...new Set(paramsOf(message))]
/** A message of parameters and punctuation only ('"{name}": {problem}') has no words to translate. */
const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\{\w+\}/g, ''))

describe.each(catalogues)('the $name', ({ problems, nl, en, keyOf = (code) => code, dutchWords, readByVueI18n = true }) => {
  const codes = Object.keys(problems)

  it('has words for exactly its codes in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(codes.map(keyOf).sort())
    expect(Object.keys(en).sort()).toEqual(codes.map(keyOf).sort())
  })

  it.each(codes)('words %s with exactly its parameters, no other syntax and English that is not Dutch', (code) => {
    const expected = [...problems[code]!].sort()
    const dutch = nl[keyOf(code)]!
    const english = en[keyOf(code)]!
    for (const [language, message] of [
      ['nl', dutch],
      ['en', english],
    ] as const) {
      expect(uniqueParams(message), language).toEqual(expected)
      if (readByVueI18n) expect(message, language).not.toMatch(OTHER_SYNTAX)
    }
    if (hasWords(dutch)) expect(english).not.toBe(dutch)
    if (dutchWords) expect(english).not.toMatch(dutchWords)
  })
})
