import type { Plan } from '../../model/plan'
import { defaultSettings, type OperatorDetails } from '../../model/settings'
import { EXAMPLE_OPERATOR_FIELDS, REQUIRED_OPERATOR_FIELDS, type OperatorField } from '../invoicing/finaliseGuards'

/** What the first-start guide reads from the administration; nothing about the guide itself is stored. */
export interface FirstStartState {
  readonly operator: OperatorDetails
  /** `settings.demoData`: the data was generated, its documents say VOORBEELD. */
  readonly demoData: boolean
  readonly clerks: readonly { readonly active: boolean }[]
  readonly plans: readonly Pick<Plan, 'code' | 'name' | 'active' | 'isExample' | 'sortOrder'>[]
  readonly partners: number
  readonly clients: number
}

export const FIRST_START_STEPS = ['operator', 'clerks', 'plans', 'partners', 'clients'] as const

export type FirstStartStep =
  | { readonly key: 'operator'; readonly done: boolean; readonly missing: readonly OperatorField[]; readonly example: readonly OperatorField[] }
  | { readonly key: 'clerks'; readonly done: boolean; readonly count: number }
  /** `examplePlans`: the active plans still at their example price, as "CODE Name", in catalogue order. */
  | { readonly key: 'plans'; readonly done: boolean; readonly count: number; readonly examplePlans: readonly string[] }
  | { readonly key: 'partners'; readonly done: boolean; readonly count: number }
  | { readonly key: 'clients'; readonly done: boolean; readonly count: number }

export interface FirstStartProgress {
  /** Always all five, in FIRST_START_STEPS order. */
  readonly steps: readonly FirstStartStep[]
  readonly doneCount: number
  readonly total: number
  readonly complete: boolean
}

/** The operator's fields an invoice needs that are empty, and those still holding the shipped example value. */
export function operatorGaps(operator: OperatorDetails): { missing: OperatorField[]; example: OperatorField[] } {
  const missing = REQUIRED_OPERATOR_FIELDS.filter((f) => operator[f].trim() === '')
  const example = EXAMPLE_OPERATOR_FIELDS.filter((f) => operator[f].trim() === defaultSettings.operator[f])
  return { missing, example }
}

/** The active plans still at their example price, small → large, as the finalise guard names them. */
export function examplePricedPlans(plans: FirstStartState['plans']): string[] {
  return plans
    .filter((p) => p.active && p.isExample)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
    .map((p) => `${p.code} ${p.name}`)
}

/**
 * How far the administration is set up, read from the data itself: a step is done when what it asks for is there,
 * so a step done elsewhere (an import, a restored backup) counts too, and undoing it shows it open again.
 */
export function firstStartProgress(state: FirstStartState): FirstStartProgress {
  const gaps = operatorGaps(state.operator)
  const activePlans = state.plans.filter((p) => p.active).length
  const examplePlans = examplePricedPlans(state.plans)
  const activeClerks = state.clerks.filter((c) => c.active).length
  const steps: FirstStartStep[] = [
    { key: 'operator', done: gaps.missing.length === 0 && gaps.example.length === 0, ...gaps },
    { key: 'clerks', done: activeClerks > 0, count: activeClerks },
    { key: 'plans', done: activePlans > 0 && examplePlans.length === 0, count: activePlans, examplePlans },
    { key: 'partners', done: state.partners > 0, count: state.partners },
    { key: 'clients', done: state.clients > 0, count: state.clients },
  ]
  const doneCount = steps.filter((s) => s.done).length
  return { steps, doneCount, total: steps.length, complete: doneCount === steps.length }
}
