import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Client } from '@shared/model/client'
import type { ParsedClient } from '@shared/onboarding/clientRows'
import { diffRecords, planClientImport, planPartnerImport } from '@shared/onboarding/preview'
import { client, partner } from '../domain/fixtures'

const parsedFrom = (c: Client, overrides: Partial<ParsedClient> = {}): ParsedClient => ({
  line: 2,
  lines: [2],
  partnerId: c.partnerId,
  clientNumber: c.clientNumber,
  firstName: c.firstName,
  lastName: c.lastName,
  birthDate: c.birthDate,
  bsn: c.bsn,
  begeleider: c.begeleider,
  representatives: c.representatives,
  status: c.status,
  registrationPlanId: c.registrationPlanId,
  registrationReceivedDate: c.registrationReceivedDate,
  activationDate: c.activationDate,
  intake: c.intake,
  intakeCompletedBeforeTransfer: false,
  notes: c.notes,
  deregistration: null,
  periods: [],
  ...overrides,
})

describe('diffRecords', () => {
  it('names nested fields by path, old → new', () => {
    expect(diffRecords({ a: 1, b: { c: 'x', d: null } }, { a: 1, b: { c: 'y', d: '2026-01-01' } })).toEqual([
      { field: 'b.c', before: 'x', after: 'y' },
      { field: 'b.d', before: '', after: '2026-01-01' },
    ])
  })

  it('finds no change between a record and itself, and a change for every field that differs (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.string()), fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.string()), (x, y) => {
        expect(diffRecords(x, x)).toEqual([])
        const differing = ['a', 'b', 'c'].filter((k) => (x[k] ?? '') !== (y[k] ?? ''))
        expect(
          diffRecords(x, y)
            .map((d) => d.field)
            .sort(),
        ).toEqual(differing)
      }),
    )
  })
})

describe('planClientImport', () => {
  const stored = client({ id: 'c1', clientNumber: '42', lastName: 'Janssen' })

  it('sorts rows into new, changed (old → new) and unchanged', () => {
    const plan = planClientImport(
      [parsedFrom(stored), parsedFrom(stored, { line: 3, lastName: 'Jansen' }), parsedFrom(stored, { line: 4, clientNumber: '43' })],
      [stored],
    )
    expect(plan.unchanged).toEqual([2])
    expect(plan.update.map((u) => [u.line, u.changes])).toEqual([[3, [{ field: 'lastName', before: 'Janssen', after: 'Jansen' }]]])
    expect(plan.create.map((c) => c.line)).toEqual([4])
  })

  it("keeps the stored lifecycle: status, dates and plan are not the import's to change", () => {
    const plan = planClientImport([parsedFrom(stored, { status: 'afgemeld', activationDate: null, registrationPlanId: 'x', notes: 'nieuw' })], [stored])
    expect(plan.update[0]?.after).toMatchObject({
      status: stored.status,
      activationDate: stored.activationDate,
      registrationPlanId: stored.registrationPlanId,
      notes: 'nieuw',
    })
  })

  it("finds an eigen partner's client without number by its BSN", () => {
    const own = client({ id: 'c2', partnerId: 'p2', clientNumber: '000007', bsn: '111222333', birthDate: '1950-01-01' as Client['birthDate'] })
    const plan = planClientImport([parsedFrom(own, { clientNumber: null })], [own])
    expect(plan.unchanged).toEqual([2])
  })
})

describe('planPartnerImport', () => {
  it('matches by short code and replaces a contact of the same name', () => {
    const stored = partner({ id: 'p1', shortCode: 'ZGN' })
    const { id: _id, contacts, ...fields } = stored
    const plan = planPartnerImport(
      [{ line: 2, fields: { ...fields, purchaseOrderReference: 'PO-1' }, contact: { ...contacts[0]!, phone: '0611111111' } }],
      [stored],
    )
    const changes = plan.update[0]?.changes ?? []
    expect(changes.map((c) => c.field)).toEqual(['purchaseOrderReference', 'contacts'])
    expect(changes[0]).toEqual({ field: 'purchaseOrderReference', before: '', after: 'PO-1' })
    expect([changes[1]?.before.includes('0501234567'), changes[1]?.after.includes('0611111111')]).toEqual([true, true])
    expect(plan.update[0]?.after.contacts).toHaveLength(1)
  })
})
