import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { FIRST_START_STEPS, exampleDataNotes, firstStartProgress, type FirstStartState } from '@shared/domain/firstStart'
import { EXAMPLE_OPERATOR_FIELDS, REQUIRED_OPERATOR_FIELDS } from '@shared/domain/invoicing/finaliseGuards'
import { defaultSettings } from '@shared/model/settings'
import { PLANS, REAL_OPERATOR } from '../fixtures'

/** An empty start: the shipped details, no clerks, the example catalogue, nothing else. */
const EMPTY_START: FirstStartState = { operator: defaultSettings.operator, demoData: false, clerks: [], plans: PLANS, partners: 0, clients: 0 }
/** Everything the operator's own. */
const SET_UP: FirstStartState = {
  operator: REAL_OPERATOR,
  demoData: false,
  clerks: [{ active: true }],
  plans: PLANS.map((p) => ({ ...p, isExample: false })),
  partners: 1,
  clients: 1,
}

const doneKeys = (state: FirstStartState) =>
  firstStartProgress(state)
    .steps.filter((s) => s.done)
    .map((s) => s.key)

describe('firstStartProgress', () => {
  it('finds nothing done on an empty start, and says which operator details and plans are still examples', () => {
    const progress = firstStartProgress(EMPTY_START)
    expect(progress).toMatchObject({ doneCount: 0, total: 5, complete: false })
    expect(progress.steps[0]).toEqual({ key: 'operator', done: false, missing: [], example: ['street', 'kvkNumber', 'vatNumber', 'iban'] })
    expect(progress.steps[2]).toEqual({
      key: 'plans',
      done: false,
      count: 4,
      examplePlans: ['WAAKVLAM Waakvlam', 'BASIS Basis', 'PLUS Plus', 'INTENSIEF Intensief'],
    })
  })

  it('is complete when every step has what it asks for', () => {
    expect(firstStartProgress(SET_UP)).toMatchObject({ doneCount: 5, complete: true })
  })

  it.each([
    ['an empty required operator field', { operator: { ...REAL_OPERATOR, city: ' ' } }, 'operator'],
    ['an operator field still at its example', { operator: { ...REAL_OPERATOR, iban: defaultSettings.operator.iban } }, 'operator'],
    ['only inactive clerks', { clerks: [{ active: false }] }, 'clerks'],
    ['one active plan still at its example price', { plans: [...SET_UP.plans.slice(1), { ...PLANS[0]!, isExample: true }] }, 'plans'],
    ['no active plan', { plans: SET_UP.plans.map((p) => ({ ...p, active: false })) }, 'plans'],
    ['no partner', { partners: 0 }, 'partners'],
    ['no client', { clients: 0 }, 'clients'],
  ] as const)('leaves a step open for %s', (_case, change, open) => {
    const keys = doneKeys({ ...SET_UP, ...change })
    expect(keys).not.toContain(open)
    expect(keys).toHaveLength(4)
  })

  it('keeps the operator name, postcode and city as they are: they may well be the real ones', () => {
    expect(doneKeys({ ...SET_UP, operator: { ...REAL_OPERATOR, name: defaultSettings.operator.name, city: defaultSettings.operator.city } })).toContain(
      'operator',
    )
  })

  it('lets an inactive example plan be: nobody is billed for it', () => {
    expect(doneKeys({ ...SET_UP, plans: [...SET_UP.plans, { ...PLANS[0]!, code: 'OUD', active: false, isExample: true }] })).toContain('plans')
  })
})

describe('exampleDataNotes', () => {
  it('names the example prices and the example details after an empty start', () => {
    expect(exampleDataNotes(EMPTY_START)).toEqual([
      { kind: 'plans', plans: ['WAAKVLAM Waakvlam', 'BASIS Basis', 'PLUS Plus', 'INTENSIEF Intensief'] },
      { kind: 'operator', fields: ['street', 'kvkNumber', 'vatNumber', 'iban'] },
    ])
  })

  it('says demo data is loaded and its documents say VOORBEELD', () => {
    expect(exampleDataNotes({ ...SET_UP, demoData: true })).toEqual([{ kind: 'demo' }, { kind: 'documents' }])
  })

  it('is empty once everything is the operator own', () => {
    expect(exampleDataNotes(SET_UP)).toEqual([])
  })
})

const operatorField = fc.constantFrom(...REQUIRED_OPERATOR_FIELDS)
const state: fc.Arbitrary<FirstStartState> = fc.record({
  operator: fc.record({ empty: fc.subarray([...REQUIRED_OPERATOR_FIELDS]), example: fc.subarray([...EXAMPLE_OPERATOR_FIELDS]) }).map(({ empty, example }) => {
    const operator = { ...REAL_OPERATOR }
    for (const f of example) operator[f] = defaultSettings.operator[f]
    for (const f of empty) operator[f] = ''
    return operator
  }),
  demoData: fc.boolean(),
  clerks: fc.array(fc.record({ active: fc.boolean() }), { maxLength: 4 }),
  plans: fc.array(
    fc.record({
      code: fc.stringMatching(/^[A-Z]{2,6}$/),
      name: fc.string({ maxLength: 8 }),
      active: fc.boolean(),
      isExample: fc.boolean(),
      sortOrder: fc.integer({ min: 0, max: 9 }),
    }),
    { maxLength: 6 },
  ),
  partners: fc.nat({ max: 3 }),
  clients: fc.nat({ max: 3 }),
})

describe('firstStartProgress properties', () => {
  it('always lists the five steps in order, counts the done ones, and is complete exactly when all are done', () => {
    fc.assert(
      fc.property(state, (s) => {
        const progress = firstStartProgress(s)
        expect(progress.steps.map((step) => step.key)).toEqual([...FIRST_START_STEPS])
        expect(progress.doneCount).toBe(progress.steps.filter((step) => step.done).length)
        expect(progress.complete).toBe(progress.steps.every((step) => step.done))
      }),
    )
  })

  it('never undoes a step by adding a partner, a client or an active clerk', () => {
    fc.assert(
      fc.property(state, (s) => {
        const before = doneKeys(s)
        const after = doneKeys({ ...s, partners: s.partners + 1, clients: s.clients + 1, clerks: [...s.clerks, { active: true }] })
        for (const key of before) expect(after).toContain(key)
      }),
    )
  })

  it('counts the plans step done only when no active plan has its example price, and then lists no plan as example data', () => {
    fc.assert(
      fc.property(state, (s) => {
        const plans = firstStartProgress(s).steps.find((step) => step.key === 'plans')!
        const notes = exampleDataNotes(s)
        if (plans.done) expect(notes.some((n) => n.kind === 'plans')).toBe(false)
        expect(notes.some((n) => n.kind === 'plans')).toBe(s.plans.some((p) => p.active && p.isExample))
      }),
    )
  })

  it('counts the operator step done exactly when no required field is empty and none is still the example', () => {
    fc.assert(
      fc.property(state, operatorField, (s, field) => {
        const operator = firstStartProgress(s).steps[0]!
        const fine =
          REQUIRED_OPERATOR_FIELDS.every((f) => s.operator[f] !== '') && EXAMPLE_OPERATOR_FIELDS.every((f) => s.operator[f] !== defaultSettings.operator[f])
        expect(operator.done).toBe(fine)
        // Emptying any required field always opens the step again.
        expect(firstStartProgress({ ...s, operator: { ...s.operator, [field]: '' } }).steps[0]!.done).toBe(false)
      }),
    )
  })

  it('says demo data and VOORBEELD documents exactly when demo data is loaded', () => {
    fc.assert(
      fc.property(state, (s) => {
        const kinds = exampleDataNotes(s).map((n) => n.kind)
        expect(kinds.includes('demo')).toBe(s.demoData)
        expect(kinds.includes('documents')).toBe(s.demoData)
      }),
    )
  })
})
