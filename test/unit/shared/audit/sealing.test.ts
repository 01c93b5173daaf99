import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sealPersonal, sealValue, type ChainBody } from '@shared/audit/chain'

const value = fc.oneof(fc.constant(null), fc.constant(''), fc.string(), fc.boolean(), fc.integer(), fc.array(fc.string(), { maxLength: 2 }))
const personal = fc.constantFrom('firstName', 'lastName', 'bsn', 'birthDate', 'notes', 'begeleider.name', 'intake.formSentDate')

const body = (changes: { field: string; before: unknown; after: unknown }[], clientName: string): ChainBody => ({
  at: '2026-11-23T09:30:00.000Z',
  clerk: 'Els',
  entity: 'client',
  recordId: 'c1',
  action: 'create',
  changes,
  outcome: 'ok',
  event: 'clientImported',
  params: { clientNumber: '00042', clientName },
})

describe('sealing personal values', () => {
  // Equal values of one entry are hashed once (a created client's every `before` is null): the digests must
  // stay what hashing each value on its own gives, or older chains would no longer verify.
  it('gives every personal value the digest of that value with the entry salt, however many are equal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ field: personal, before: value, after: value }), { maxLength: 12 }),
        fc.string(),
        fc.string({ minLength: 1 }),
        (changes, clientName, salt) => {
          const sealed = sealPersonal(body(changes, clientName), salt)
          const expected: Record<string, string> = { 'params.clientName': sealValue(salt, clientName) }
          changes.forEach((change, i) => {
            expected[`${i}.before`] = sealValue(salt, change.before)
            expected[`${i}.after`] = sealValue(salt, change.after)
          })
          expect(sealed).toEqual({ salt, digests: expected })
        },
      ),
      { numRuns: 100 },
    )
  })

  it('seals nothing of an entry without personal values', () => {
    expect(sealPersonal({ ...body([{ field: 'clientNumber', before: null, after: '1' }], ''), params: {} }, 'ab')).toBeUndefined()
  })
})
