import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildInvoice } from '@shared/domain/invoicing/buildInvoice'
import { finaliseInvoice } from '@shared/domain/invoicing/numbering'
import { EXAMPLE_OPERATOR_FIELDS, REQUIRED_OPERATOR_FIELDS, finaliseProblems } from '@shared/domain/invoicing/finaliseGuards'
import type { Invoice } from '@shared/model/invoice'
import type { Plan } from '@shared/model/plan'
import { defaultSettings, type OperatorDetails } from '@shared/model/settings'
import { PLANS, REAL_OPERATOR, client, d, partner, period } from '../fixtures'

const REAL: OperatorDetails = REAL_OPERATOR
const realPlans = (plans: readonly Plan[]) => plans.map((p) => ({ ...p, isExample: false }))

function concept(plans: readonly Plan[], operator: OperatorDetails = REAL): Invoice {
  const invoice = buildInvoice({
    id: 'inv1',
    partner: partner({ id: 'p1' }),
    plans: [...plans],
    clients: [client({ id: 'c1' }), client({ id: 'c2' })],
    subscriptionPeriods: [period('c1', 'plus', '2026-01-10', null), period('c2', 'basis', '2026-01-01', null)],
    settings: { ...defaultSettings, operator },
    period: '2026-11',
    invoiceDate: d('2026-11-26'),
  })
  if (!invoice) throw new Error('fixture has lines')
  return invoice
}

describe('finaliseProblems (finalising refuses example values)', () => {
  it('finds nothing with real prices and real details', () => {
    const plans = realPlans(PLANS)
    expect(finaliseProblems({ invoices: [concept(plans)], plans, operator: REAL, demoData: false })).toEqual([])
  })

  it('names each billed plan still at its example price, in catalogue order, and not the plans nobody is billed for', () => {
    expect(finaliseProblems({ invoices: [concept(PLANS)], plans: PLANS, operator: REAL, demoData: false })).toEqual([
      { code: 'plan-voorbeeldprijs', params: { plan: 'BASIS Basis' } },
      { code: 'plan-voorbeeldprijs', params: { plan: 'PLUS Plus' } },
    ])
  })

  it('names a billed plan without a price, and a plan no longer in the catalogue', () => {
    const plans = realPlans(PLANS).map((p) => (p.id === 'plus' ? { ...p, monthlyFeeCents: 0 } : p))
    const invoice = concept(realPlans(PLANS))
    expect(finaliseProblems({ invoices: [invoice], plans, operator: REAL, demoData: false })).toEqual([
      { code: 'plan-zonder-prijs', params: { plan: 'PLUS Plus' } },
    ])
    expect(finaliseProblems({ invoices: [invoice], plans: plans.filter((p) => p.id !== 'basis'), operator: REAL, demoData: false })).toContainEqual({
      code: 'plan-onbekend',
      params: { plan: 'BASIS Basis' },
    })
  })

  it('names operator details that are missing or still the shipped example', () => {
    const plans = realPlans(PLANS)
    const problems = finaliseProblems({ invoices: [concept(plans)], plans, operator: { ...defaultSettings.operator, city: ' ' }, demoData: false })
    expect(problems).toEqual([
      { code: 'operator-voorbeeld', params: { field: 'street' } },
      { code: 'operator-ontbreekt', params: { field: 'city' } },
      { code: 'operator-voorbeeld', params: { field: 'kvkNumber' } },
      { code: 'operator-voorbeeld', params: { field: 'vatNumber' } },
      { code: 'operator-voorbeeld', params: { field: 'iban' } },
    ])
  })

  it('names a concept made before the fix: it still carries the old price or details', () => {
    const plans = realPlans(PLANS)
    const raised = plans.map((p) => (p.id === 'plus' ? { ...p, monthlyFeeCents: 12345 } : p))
    expect(finaliseProblems({ invoices: [concept(plans)], plans: raised, operator: REAL, demoData: false })).toEqual([
      { code: 'concept-verouderd', params: { partner: 'Zorggroep p1' } },
    ])
    expect(finaliseProblems({ invoices: [concept(plans)], plans, operator: { ...REAL, iban: 'NL39RABO0300065264' }, demoData: false })).toEqual([
      { code: 'concept-verouderd', params: { partner: 'Zorggroep p1' } },
    ])
  })

  it('lets demo data through, and ignores final invoices and credit notes', () => {
    const example = concept(PLANS, defaultSettings.operator)
    expect(finaliseProblems({ invoices: [example], plans: PLANS, operator: defaultSettings.operator, demoData: true })).toEqual([])
    const final = finaliseInvoice(example, { existingNumbers: [], finalisedDate: d('2026-11-26'), paymentTermDays: 30 })
    expect(
      finaliseProblems({ invoices: [final, { ...example, kind: 'creditnota' }], plans: PLANS, operator: defaultSettings.operator, demoData: false }),
    ).toEqual([])
  })

  it('property: every example value left in the details is named once, and nothing else is', () => {
    const plans = realPlans(PLANS)
    const invoice = concept(plans)
    fc.assert(
      fc.property(fc.subarray([...EXAMPLE_OPERATOR_FIELDS]), fc.subarray([...REQUIRED_OPERATOR_FIELDS]), (examples, empty) => {
        const operator = { ...REAL }
        for (const f of examples) operator[f] = defaultSettings.operator[f]
        for (const f of empty) operator[f] = ''
        const problems = finaliseProblems({ invoices: [invoice], plans, operator, demoData: false })
        const expected = REQUIRED_OPERATOR_FIELDS.flatMap((field) =>
          empty.includes(field)
            ? [{ code: 'operator-ontbreekt', params: { field } }]
            : (examples as string[]).includes(field)
              ? [{ code: 'operator-voorbeeld', params: { field } }]
              : [],
        )
        // With every detail right, the concept made with REAL is still current.
        expect(problems).toEqual(expected)
      }),
    )
  })
})
