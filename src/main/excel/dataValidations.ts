import { attributes, xmlText } from './xmlText'

/**
 * A drop-down list on a range of cells (ECMA-376 §18.3.1.32): Excel offers the values and, with
 * `showErrorMessage`, refuses any other. The one kind of validation the import templates use.
 */
export interface ListValidation {
  /** The cells it applies to, e.g. `C2:C5001`. */
  readonly sqref: string
  /** The list as Excel takes it inline (`"a,b"`, at most 255 characters) or a reference (`$A$1:$A$5`). */
  readonly formula: string
  readonly allowBlank?: boolean
  readonly showErrorMessage?: boolean
  readonly errorStyle?: 'stop' | 'warning' | 'information'
  readonly errorTitle?: string
  readonly error?: string
  /** A hint shown when a cell of the range is selected. */
  readonly showInputMessage?: boolean
  readonly promptTitle?: string
  readonly prompt?: string
}

const flag = (value: boolean | undefined): string | undefined => (value ? '1' : undefined)

/** `<dataValidations>` for a sheet, or nothing when it has none. */
export function dataValidationsXml(validations: readonly ListValidation[]): string {
  if (validations.length === 0) return ''
  let xml = `<dataValidations count="${validations.length}">`
  for (const v of validations) {
    xml += `<dataValidation${attributes({
      type: 'list',
      allowBlank: flag(v.allowBlank),
      showInputMessage: flag(v.showInputMessage),
      showErrorMessage: flag(v.showErrorMessage),
      errorStyle: v.errorStyle,
      errorTitle: v.errorTitle,
      error: v.error,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      sqref: v.sqref,
    })}><formula1>${xmlText(v.formula)}</formula1></dataValidation>`
  }
  return `${xml}</dataValidations>`
}
