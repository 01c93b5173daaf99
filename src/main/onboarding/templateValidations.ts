import { FIXED_CHOICES, type ChoiceList, type ImportField } from '@shared/onboarding/fields'
import { columnRange } from '../excel/cellRefs'
import type { ListValidation } from '../excel/dataValidations'
import { VALIDATION_ERROR, VALIDATION_ERROR_TITLE } from './templateWords'

/** Rows below the header that carry the drop-down lists (a template is for a few thousand rows at most). */
const VALIDATED_ROWS = 5000

export function choicesOf(list: ChoiceList, planCodes: readonly string[]): readonly string[] {
  return list === 'plan' ? planCodes : FIXED_CHOICES[list]
}

/** An inline list (`"a,b"`) as Excel's data validation takes it; Excel allows 255 characters. */
function listFormula(values: readonly string[]): string | null {
  const formula = `"${values.join(',')}"`
  return values.length > 0 && formula.length <= 255 && values.every((v) => !v.includes(',') && !v.includes('"')) ? formula : null
}

/**
 * One drop-down list per column with choices, over rows 2 to 5001, refusing other values; a required
 * column also refuses a blank. A list Excel cannot take inline is left to the explanation sheet.
 */
export function templateValidations(fields: readonly ImportField[], planCodes: readonly string[]): ListValidation[] {
  const validations: ListValidation[] = []
  fields.forEach((field, i) => {
    if (field.choices === undefined) return
    const formula = listFormula(choicesOf(field.choices, planCodes))
    if (formula === null) return
    validations.push({
      sqref: columnRange(i + 1, 2, VALIDATED_ROWS + 1),
      formula,
      allowBlank: field.required !== 'yes',
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: VALIDATION_ERROR_TITLE,
      error: VALIDATION_ERROR,
    })
  })
  return validations
}
