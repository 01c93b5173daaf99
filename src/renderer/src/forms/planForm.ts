import { formatMoney, parseMoneyInput } from '@shared/format'
import { planSchema, type Plan } from '@shared/model'
import { translate } from '../i18n'
import { validate, type FieldErrors } from './fieldErrors'

export type PlanFields = Omit<Plan, 'id'>

/** The plan form holds the fee as typed (`1.234,56`) and numbers that may still be empty. */
export interface PlanDraft {
  code: string
  name: string
  monthlyFee: string
  includedMinutes: number | null
  hasIntakeConversation: boolean
  sortOrder: number | null
  active: boolean
  isExample: boolean
}

const planFieldsSchema = planSchema.omit({ id: true })

export function emptyPlanDraft(nextSortOrder: number): PlanDraft {
  return {
    code: '',
    name: '',
    monthlyFee: '',
    includedMinutes: null,
    hasIntakeConversation: true,
    sortOrder: nextSortOrder,
    active: true,
    isExample: false,
  }
}

/** Amounts are shown without the euro sign in the input; the label says what it is. */
export function planToDraft(plan: Plan): PlanDraft {
  return {
    code: plan.code,
    name: plan.name,
    monthlyFee: formatMoney(plan.monthlyFeeCents).replace(/^€ /, ''),
    includedMinutes: plan.includedMinutes,
    hasIntakeConversation: plan.hasIntakeConversation,
    sortOrder: plan.sortOrder,
    active: plan.active,
    isExample: plan.isExample,
  }
}

/**
 * Draft → plan fields. Saving a plan the clerk edited clears the example mark: the values are
 * now the operator's own.
 */
export function checkPlanDraft(draft: PlanDraft, edited: boolean): { ok: true; value: PlanFields } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const cents = parseMoneyInput(draft.monthlyFee)
  if (draft.monthlyFee.trim() === '') errors.monthlyFeeCents = translate('validation.required')
  else if (cents === null) errors.monthlyFeeCents = translate('validation.money')
  if (draft.includedMinutes === null) errors.includedMinutes = translate('validation.required')
  if (draft.sortOrder === null) errors.sortOrder = translate('validation.required')
  const result = validate(planFieldsSchema, {
    code: draft.code.trim().toUpperCase(),
    name: draft.name,
    monthlyFeeCents: cents ?? 0,
    includedMinutes: draft.includedMinutes ?? 0,
    hasIntakeConversation: draft.hasIntakeConversation,
    sortOrder: draft.sortOrder ?? 0,
    active: draft.active,
    isExample: edited ? false : draft.isExample,
  })
  const all = result.ok ? errors : { ...result.errors, ...errors }
  if (Object.keys(all).length > 0 || !result.ok) return { ok: false, errors: all }
  return result
}
