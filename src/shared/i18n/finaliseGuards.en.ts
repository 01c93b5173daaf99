import type { finaliseGuardsNl } from './finaliseGuards.nl'

/** English words of the checks before finalising; `{name}` is a parameter. */
export const finaliseGuardsEn: typeof finaliseGuardsNl = {
  problems: {
    'plan-voorbeeldprijs': 'Plan {plan} still has its example price.',
    'plan-zonder-prijs': 'Plan {plan} has no price.',
    'plan-onbekend': 'Plan {plan} is no longer in the plan catalogue.',
    'operator-ontbreekt': 'Your {field} is missing.',
    'operator-voorbeeld': 'Your {field} is still the example value.',
    'concept-verouderd': 'The concept invoice of {partner} was made before the last change of price or details.',
  },
  fields: {
    name: 'name',
    street: 'street and number',
    postcode: 'postcode',
    city: 'city',
    kvkNumber: 'KvK (Chamber of Commerce) number',
    vatNumber: 'VAT identification number',
    iban: 'IBAN',
  },
  where: {
    plans: 'Fix it under Subscription plans.',
    operator: 'Fix it under Settings → Organisation details.',
    concepts: 'Make the concepts again.',
  },
}
