import { parseArgs, type ParseArgsConfig } from 'node:util'
import { isCalendarDate, type CalendarDate } from '@shared/calendar/calendarDate'
import { isPeriodName } from '@shared/calendar/billingPeriod'
import type { PeriodName } from '@shared/model/common'
import { EXIT, cliFailure } from './exitCodes'

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
 * `parseArgs` with the command line's own messages: strict (unknown options and stray arguments are
 * errors), every problem a usage error that names the command's help.
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: OptionsConfig): Values {
  try {
    const { values } = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false })
    return values
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    switch (errorCode(error)) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw cliFailure(EXIT.usage, 'cli.unknownOption', { option: quoted(message) || message, command })
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
        const option = quoted(message).split(' ')[0] || message
        throw cliFailure(EXIT.usage, message.includes('argument missing') ? 'cli.optionNeedsValue' : 'cli.optionTakesNoValue', { option, command })
      }
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw cliFailure(EXIT.usage, 'cli.unexpectedArgument', { argument: quoted(message) || message, command })
      default:
        throw cliFailure(EXIT.usage, 'cli.invalidArguments', { command, detail: message })
    }
  }
}

export function requiredText(values: Values, name: string, command: string): string {
  const value = values[name]
  if (typeof value !== 'string' || value.trim() === '') {
    throw cliFailure(EXIT.usage, 'cli.requiredOption', { option: name, command })
  }
  return value
}

export function optionalDate(values: Values, name: string): CalendarDate | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw cliFailure(EXIT.usage, 'cli.invalidDate', { option: name, value: String(value) })
  }
  return value
}

export function requiredPeriod(values: Values, name: string, command: string): PeriodName {
  const value = requiredText(values, name, command)
  if (!isPeriodName(value)) {
    throw cliFailure(EXIT.usage, 'cli.invalidPeriod', { option: name, value })
  }
  return value
}

export function choice<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T): T {
  const value = values[name]
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw cliFailure(EXIT.usage, 'cli.invalidChoice', { option: name, value: String(value), choices: allowed.join(', ') })
}
