import type { Invoice } from '../../model/invoice'
import type { Plan } from '../../model/plan'
import { defaultSettings, type OperatorDetails } from '../../model/settings'

/** The operator's details an invoice must carry; each is checked for being filled in. */
export const REQUIRED_OPERATOR_FIELDS = ['name', 'street', 'postcode', 'city', 'kvkNumber', 'vatNumber', 'iban'] as const
/**
 * The shipped example values that identify nobody. Name, postcode and city may well be the operator's real ones,
 * so only these count as "still the example".
 */
export const EXAMPLE_OPERATOR_FIELDS = ['street', 'kvkNumber', 'vatNumber', 'iban'] as const
export type OperatorField = (typeof REQUIRED_OPERATOR_FIELDS)[number]

/**
 * Why finalising is refused, by code with its parameters (words: src/shared/i18n/finaliseGuards.*.ts).
 * `plan` is the plan's code and name; `field` an operator field; `partner` a partner's name.
 */
export type FinaliseProblem =
  | { readonly code: 'plan-voorbeeldprijs'; readonly params: { readonly plan: string } }
  | { readonly code: 'plan-zonder-prijs'; readonly params: { readonly plan: string } }
  | { readonly code: 'plan-onbekend'; readonly params: { readonly plan: string } }
  | { readonly code: 'operator-ontbreekt'; readonly params: { readonly field: OperatorField } }
  | { readonly code: 'operator-voorbeeld'; readonly params: { readonly field: OperatorField } }
  | { readonly code: 'concept-verouderd'; readonly params: { readonly partner: string } }

export interface FinaliseGuardInput {
  /** The invoices about to be finalised; only concepts count, and only invoices (a credit note repeats what was final). */
  readonly invoices: readonly Invoice[]
  readonly plans: readonly Plan[]
  readonly operator: OperatorDetails
  /** Demo data may be finalised as it is: its documents say VOORBEELD instead. */
  readonly demoData: boolean
}

const planLabel = (code: string, name: string) => `${code} ${name}`

/**
 * Spec F1, item 7 of "invoices finance can send": what stands in the way of final invoices that a partner can pay.
 * Empty means finalising may go ahead. The order is stable: plans (catalogue order), the operator's fields, then
 * concepts made before a fix (they still carry the old price or details and must be made again).
 */
export function finaliseProblems(input: FinaliseGuardInput): FinaliseProblem[] {
  if (input.demoData) return []
  const concepts = input.invoices.filter((i) => i.status === 'concept' && i.kind === 'factuur')
  if (concepts.length === 0) return []
  const plansById = new Map(input.plans.map((p) => [p.id, p]))
  const problems: FinaliseProblem[] = []

  const billed = new Map<string, { code: string; name: string }>()
  for (const line of concepts.flatMap((i) => i.lines)) billed.set(line.planId, { code: line.planCode, name: line.planName })
  const ordered = [...billed.entries()].sort(
    ([a], [b]) => (plansById.get(a)?.sortOrder ?? Infinity) - (plansById.get(b)?.sortOrder ?? Infinity) || a.localeCompare(b),
  )
  for (const [planId, seen] of ordered) {
    const plan = plansById.get(planId)
    if (!plan) problems.push({ code: 'plan-onbekend', params: { plan: planLabel(seen.code, seen.name) } })
    else if (plan.isExample) problems.push({ code: 'plan-voorbeeldprijs', params: { plan: planLabel(plan.code, plan.name) } })
    else if (plan.monthlyFeeCents === 0) problems.push({ code: 'plan-zonder-prijs', params: { plan: planLabel(plan.code, plan.name) } })
  }

  const example = defaultSettings.operator
  for (const field of REQUIRED_OPERATOR_FIELDS) {
    const value = input.operator[field].trim()
    if (value === '') problems.push({ code: 'operator-ontbreekt', params: { field } })
    else if ((EXAMPLE_OPERATOR_FIELDS as readonly string[]).includes(field) && value === example[field])
      problems.push({ code: 'operator-voorbeeld', params: { field } })
  }

  if (problems.length > 0) return problems
  // Only once the catalogue and the details are right: a concept made before the fix must be made again.
  const partners = new Set<string>()
  for (const invoice of concepts) {
    const operatorChanged = REQUIRED_OPERATOR_FIELDS.some((f) => invoice.operator[f] !== input.operator[f])
    const feeChanged = invoice.lines.some((l) => plansById.get(l.planId)?.monthlyFeeCents !== l.feeCents)
    if (operatorChanged || feeChanged) partners.add(invoice.partner.name)
  }
  for (const partner of [...partners].sort()) problems.push({ code: 'concept-verouderd', params: { partner } })
  return problems
}
