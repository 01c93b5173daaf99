import type { UiLanguage } from '../i18n/language'
import { backupEn } from '../i18n/backup.en'
import { backupNl } from '../i18n/backup.nl'
import { importEn, usageColumnsEn } from '../i18n/import.en'
import { onboardingEn } from '../i18n/onboarding.en'
import { onboardingNl } from '../i18n/onboarding.nl'
import { importNl, usageColumnsNl } from '../i18n/import.nl'
import { rulesEn } from '../i18n/rules.en'
import { rulesNl } from '../i18n/rules.nl'
import { validationEn } from '../i18n/validation.en'
import { validationNl } from '../i18n/validation.nl'
import { backupKeyOf, type BackupIssue, type BackupProblem } from './backup'
import { fillParams } from './dutchText'
import { importKeyOf, importParamsIn, type ImportProblem } from './import'
import { onboardingKeyOf, type OnboardingProblem } from './onboarding'
import type { RuleCode, RuleParams } from './rules'
import { isValidationCode, type ValidationKey } from './validation'

/** The languages the words exist in; the same as the UI's. */
export type Language = UiLanguage

/*
 * The catalogues' words in Dutch or English where no vue-i18n translates them: the command line (its
 * `--lang`), and Dutch for main's messages and logs. The UI words the same codes through its own messages.
 */
export const LANGUAGES: readonly Language[] = ['nl', 'en']

const WORDS = {
  nl: { backup: backupNl, import: importNl, columns: usageColumnsNl, validation: validationNl, rules: rulesNl, onboarding: onboardingNl },
  en: { backup: backupEn, import: importEn, columns: usageColumnsEn, validation: validationEn, rules: rulesEn, onboarding: onboardingEn },
} as const

/** A backup problem, or an issue's code (a backup or a validation code), in `lang`. */
export function backupText(problem: BackupProblem | BackupIssue, lang: Language): string {
  const words = WORDS[lang]
  const { code } = problem
  const message = isValidationCode(code) ? words.validation[code.slice('validation.'.length) as ValidationKey] : words.backup[backupKeyOf(code)]
  return fillParams(message, problem.params)
}

/** One line per issue for a dialog or the command line: `data.clients.12.partnerId: Partner … bestaat niet`. */
export function formatBackupIssues(issues: readonly BackupIssue[], lang: Language): string[] {
  // An issue about the file as a whole has no path; it is shown as "(bestand)".
  const whole = backupText({ code: 'backup.wholeFile', params: {} }, lang)
  return issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : whole}: ${backupText(issue, lang)}`)
}

/** A usage-import problem in `lang`, with the columns named in that language. */
export function importText(problem: ImportProblem, lang: Language): string {
  const words = WORDS[lang]
  return fillParams(
    words.import[importKeyOf(problem.code)],
    importParamsIn(problem.params, (field) => words.columns[field]),
  )
}

/** A refused rule in `lang` (the command line's `--lang`; the UI translates the code itself). */
export function ruleText(code: RuleCode, params: RuleParams, lang: Language): string {
  return fillParams(WORDS[lang].rules[code], params)
}

/** An onboarding-import problem (partners, clients) in `lang`. */
export function onboardingText(problem: OnboardingProblem, lang: Language): string {
  return fillParams(WORDS[lang].onboarding[onboardingKeyOf(problem.code)], problem.params)
}
