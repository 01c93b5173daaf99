import { LANGUAGES, type Language } from '@shared/problems/words'
import { EXIT, cliFailure } from './exitCodes'

/**
 * Takes the global `--lang nl|en` (or `--lang=en`) out of the arguments, wherever it stands, so commands
 * never see it. Without it the command line speaks Dutch; a wrong value is a usage error (in Dutch).
 */
export function splitLanguage(argv: readonly string[]): { readonly lang: Language; readonly rest: string[] } {
  let lang: Language = 'nl'
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg)
      continue
    }
    const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length)
    if (value === undefined || value.startsWith('-')) throw cliFailure(EXIT.usage, 'cli.langNeedsValue', { choices: LANGUAGES.join(', ') })
    if (!(LANGUAGES as readonly string[]).includes(value))
      throw cliFailure(EXIT.usage, 'cli.invalidChoice', { option: 'lang', value, choices: LANGUAGES.join(', ') })
    lang = value as Language
  }
  return { lang, rest }
}

/** The language asked for, or Dutch when `--lang` is missing or wrong (for what is said before `main` runs). */
export function languageOf(argv: readonly string[]): Language {
  try {
    return splitLanguage(argv).lang
  } catch {
    return 'nl'
  }
}
