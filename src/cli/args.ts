import { parseArgs, type ParseArgsConfig } from 'node:util'
import { isCalendarDate, type CalendarDate } from '@shared/calendar/calendarDate'
import { isPeriodName } from '@shared/calendar/billingPeriod'
import type { PeriodName } from '@shared/model/common'
import { EXIT, cliFailure } from './exitCodes'

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>
export type Values = Record<string, string | boolean | undefined>

/**
 * `parseArgs` with the command line's own messages: strict (unknown options and stray arguments are
 * errors), every problem a usage error that names the command's help. The arguments are checked from
 * parseArgs' tokens against the declared options, so no message of Node's is read.
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: OptionsConfig): Values {
  const config: OptionsConfig = { ...options, help: { type: 'boolean', short: 'h' } }
  const { tokens } = parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true })
  for (const token of tokens) {
    if (token.kind === 'positional') throw cliFailure(EXIT.usage, 'cli.unexpectedArgument', { argument: token.value, command })
    if (token.kind !== 'option') continue
    const declared = Object.hasOwn(config, token.name) ? config[token.name] : undefined
    if (declared === undefined) throw cliFailure(EXIT.usage, 'cli.unknownOption', { option: token.rawName, command })
    if (declared.type === 'string' && (token.value === undefined || token.value.startsWith('-')))
      throw cliFailure(EXIT.usage, 'cli.optionNeedsValue', { option: token.rawName, command })
    if (declared.type === 'boolean' && token.value !== undefined) throw cliFailure(EXIT.usage, 'cli.optionTakesNoValue', { option: token.rawName, command })
  }
  try {
    return parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values
  } catch (error) {
    // Only a case the tokens above do not foresee gets here; Node's own text is then the detail.
    throw cliFailure(EXIT.usage, 'cli.invalidArguments', { command, detail: error instanceof Error ? error.message : String(error) })
  }
}

export function requiredText(values: Values, name: string, command: string): string {
  const value = values[name]
  if (typeof value !== 'string' || value.trim() === '') {
    throw cliFailure(EXIT.usage, 'cli.requiredOption', { option: name, command })
  }
  return value
}

/** A text option that may be left out (undefined), but not given empty. */
export function optionalText(values: Values, name: string, command: string): string | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.trim() === '') throw cliFailure(EXIT.usage, 'cli.optionNeedsValue', { option: `--${name}`, command })
  return value.trim()
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
