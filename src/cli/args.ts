import { parseArgs, type ParseArgsConfig } from 'node:util'
import { isCalendarDate, type CalendarDate } from '@shared/calendar/calendarDate'
import { isPeriodName } from '@shared/calendar/billingPeriod'
import type { PeriodName } from '@shared/model/common'
import { CliError, EXIT } from './exitCodes'

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>
type Values = Record<string, string | boolean | undefined>

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/** The option or argument node's English message is about, e.g. `--foo` from "Unknown option '--foo'". */
function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? ''
}

/**
 * `parseArgs` with Dutch messages: strict (unknown options and stray arguments are errors), every
 * problem a usage error that names the command's help.
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: OptionsConfig): Values {
  try {
    const { values } = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false })
    return values
  } catch (error) {
    const hint = `Zie: npm run cli -- ${command} --help`
    const message = error instanceof Error ? error.message : String(error)
    switch (errorCode(error)) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new CliError(EXIT.usage, `Onbekende optie ${quoted(message) || message} bij "${command}". ${hint}`)
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
        const option = quoted(message).split(' ')[0] || message
        const what = message.includes('argument missing') ? 'heeft een waarde nodig' : 'neemt geen waarde'
        throw new CliError(EXIT.usage, `Optie ${option} ${what}. ${hint}`)
      }
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new CliError(EXIT.usage, `Onverwacht argument "${quoted(message) || message}" bij "${command}". ${hint}`)
      default:
        throw new CliError(EXIT.usage, `Ongeldige argumenten bij "${command}": ${message}. ${hint}`)
    }
  }
}

export function requiredText(values: Values, name: string, command: string): string {
  const value = values[name]
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CliError(EXIT.usage, `Optie --${name} is verplicht bij "${command}". Zie: npm run cli -- ${command} --help`)
  }
  return value
}

export function optionalDate(values: Values, name: string): CalendarDate | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new CliError(EXIT.usage, `Ongeldige datum bij --${name}: "${String(value)}". Verwacht jjjj-mm-dd, bijvoorbeeld 2026-11-23.`)
  }
  return value
}

export function requiredPeriod(values: Values, name: string, command: string): PeriodName {
  const value = requiredText(values, name, command)
  if (!isPeriodName(value)) {
    throw new CliError(EXIT.usage, `Ongeldige periode bij --${name}: "${value}". Verwacht jjjj-mm, bijvoorbeeld 2026-11.`)
  }
  return value
}

export function choice<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const value = values[name]
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new CliError(EXIT.usage, `Ongeldige waarde bij --${name}: "${String(value)}". Kies uit: ${allowed.join(', ')}.`)
}
