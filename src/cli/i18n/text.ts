import { fillParams } from '@shared/problems/dutchText'
import type { RuleParams } from '@shared/problems/rules'
import type { Language } from '@shared/problems/words'
import type { CliCode } from './catalogue'
import { cliEn } from './cli.en'
import { cliNl } from './cli.nl'

const WORDS: Readonly<Record<Language, Record<CliCode, string>>> = { nl: cliNl, en: cliEn }

/** A command-line message in `lang`, its parameters filled in. */
export function cliText(lang: Language, code: CliCode, params: RuleParams = {}): string {
  return fillParams(WORDS[lang][code], params)
}
