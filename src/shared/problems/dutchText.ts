import { validationNl } from '../i18n/validation.nl'
import { isValidationCode, type ValidationKey } from './validation'

/**
 * The Dutch words for an issue's message where no UI translates it (the command line's backup check, the
 * IPC router's input check): a validation code becomes its Dutch text; zod's own (already Dutch) texts stay.
 */
export function dutchIssueText(message: string): string {
  return isValidationCode(message) ? validationNl[message.slice('validation.'.length) as ValidationKey] : message
}
