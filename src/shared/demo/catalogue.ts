import type { Plan } from '../model/plan'

/**
 * The example plan catalogue shipped with the product (spec: Plan). Fees, minutes and ids are EXAMPLE
 * VALUES (`isExample: true`); the operator replaces them with its own. `Waakvlam` and `Basis` have no
 * intake conversation (seed 000); the larger plans do.
 */
export const EXAMPLE_PLANS: readonly Plan[] = [
  {
    id: 'voorbeeld-waakvlam',
    code: 'WAAKVLAM',
    name: 'Waakvlam',
    monthlyFeeCents: 2950,
    includedMinutes: 30,
    hasIntakeConversation: false,
    sortOrder: 10,
    active: true,
    isExample: true,
  },
  {
    id: 'voorbeeld-basis',
    code: 'BASIS',
    name: 'Basis',
    monthlyFeeCents: 5900,
    includedMinutes: 90,
    hasIntakeConversation: false,
    sortOrder: 20,
    active: true,
    isExample: true,
  },
  {
    id: 'voorbeeld-plus',
    code: 'PLUS',
    name: 'Plus',
    monthlyFeeCents: 11900,
    includedMinutes: 240,
    hasIntakeConversation: true,
    sortOrder: 30,
    active: true,
    isExample: true,
  },
  {
    id: 'voorbeeld-intensief',
    code: 'INTENSIEF',
    name: 'Intensief',
    monthlyFeeCents: 21900,
    includedMinutes: 480,
    hasIntakeConversation: true,
    sortOrder: 40,
    active: true,
    isExample: true,
  },
  {
    id: 'voorbeeld-compleet',
    code: 'COMPLEET',
    name: 'Compleet',
    monthlyFeeCents: 34900,
    includedMinutes: 900,
    hasIntakeConversation: true,
    sortOrder: 50,
    active: true,
    isExample: true,
  },
]

/** How often each plan is chosen at registration in the demo data. */
export const PLAN_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['voorbeeld-waakvlam', 20],
  ['voorbeeld-basis', 35],
  ['voorbeeld-plus', 25],
  ['voorbeeld-intensief', 13],
  ['voorbeeld-compleet', 7],
])
