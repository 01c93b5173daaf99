import type { OperatorField } from '../invoicing/finaliseGuards'
import { examplePricedPlans, operatorGaps, type FirstStartState } from './progress'

/**
 * One kind of example data still in the administration; the screen words each and says what to do about it.
 * `documents`: what is made from demo data is marked VOORBEELD and cannot go to a partner.
 */
export type ExampleDataNote =
  | { readonly kind: 'plans'; readonly plans: readonly string[] }
  | { readonly kind: 'operator'; readonly fields: readonly OperatorField[] }
  | { readonly kind: 'demo' }
  | { readonly kind: 'documents' }

/** Everything that is example data now, in a fixed order; empty when all of it is the operator's own. */
export function exampleDataNotes(state: FirstStartState): ExampleDataNote[] {
  const notes: ExampleDataNote[] = []
  const plans = examplePricedPlans(state.plans)
  if (plans.length > 0) notes.push({ kind: 'plans', plans })
  const { example } = operatorGaps(state.operator)
  if (example.length > 0) notes.push({ kind: 'operator', fields: example })
  if (state.demoData) notes.push({ kind: 'demo' }, { kind: 'documents' })
  return notes
}
