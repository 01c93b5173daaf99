import { dataNl } from '../i18n/data.nl'
import { rulesNl } from '../i18n/rules.nl'
import { validationNl } from '../i18n/validation.nl'
import type { DataProblemCode, DataProblemParams } from './data'
import type { RuleCode, RuleParams } from './rules'
import { isValidationCode, type ValidationKey } from './validation'

/**
 * Fills the `{name}` parameters of a catalogue message. The catalogue's messages use no other vue-i18n syntax
 * (test/unit/shared/problems), so outside the UI this is all a message needs.
 */
export function fillParams(message: string, params: RuleParams): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole))
}

/**
 * The Dutch words for an issue's message where no UI translates it (the command line's backup check, the
 * IPC router's input check): a validation code becomes its Dutch text; zod's own (already Dutch) texts stay.
 */
export function dutchIssueText(message: string): string {
  return isValidationCode(message) ? validationNl[message.slice('validation.'.length) as ValidationKey] : message
}

/** The Dutch words for a rule problem, for logs and the command line; the UI translates the code itself. */
export function dutchRuleText(code: RuleCode, params: RuleParams = {}): string {
  return fillParams(rulesNl[code], params)
}

/** The Dutch words for a problem of the data layer, for logs; the UI translates the code itself. */
export function dutchDataText(code: DataProblemCode, params: DataProblemParams = {}): string {
  return fillParams(dataNl[code], params)
}
