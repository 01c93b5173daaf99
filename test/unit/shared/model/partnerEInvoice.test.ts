import { describe, expect, it } from 'vitest'
import { partnerSchema, withPartnerDefaults, type Partner } from '@shared/model'
import { invoiceSchema } from '@shared/model'
import { partner } from '../domain/fixtures'

const base = partner({ id: 'p1' })

function issuesOf(value: Record<string, unknown>): Record<string, string> {
  const result = partnerSchema.safeParse(value)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('partner e-invoice fields: kvkNumber, oin, purchaseOrderReference', () => {
  it('accepts empty values and valid formats, trimmed', () => {
    expect(issuesOf({ ...base, kvkNumber: '', oin: '', purchaseOrderReference: '' })).toEqual({})
    const parsed = partnerSchema.parse({ ...base, kvkNumber: ' 12345678 ', oin: '00000001123456780000', purchaseOrderReference: ' IO-2026/17 ' })
    expect(parsed).toMatchObject({ kvkNumber: '12345678', oin: '00000001123456780000', purchaseOrderReference: 'IO-2026/17' })
  })

  it.each([
    ['kvkNumber', '1234567', 'validation.kvk'],
    ['kvkNumber', '123456789', 'validation.kvk'],
    ['kvkNumber', '1234567a', 'validation.kvk'],
    ['oin', '0000000112345678000', 'validation.oin'],
    ['oin', '000000011234567800001', 'validation.oin'],
    ['oin', '0000000112345678000x', 'validation.oin'],
  ])('refuses %s %s with %s', (field, value, code) => {
    expect(issuesOf({ ...base, [field]: value })).toEqual({ [field]: code })
  })

  it('refuses a reference longer than 100 characters, accepts exactly 100', () => {
    expect(issuesOf({ ...base, purchaseOrderReference: 'x'.repeat(100) })).toEqual({})
    expect(Object.keys(issuesOf({ ...base, purchaseOrderReference: 'x'.repeat(101) }))).toEqual(['purchaseOrderReference'])
  })

  it('a partner from an older backup (without the fields) parses with empty values', () => {
    const { kvkNumber: _k, oin: _o, purchaseOrderReference: _r, ...old } = base
    expect(partnerSchema.parse(old)).toEqual({ ...old, kvkNumber: '', oin: '', purchaseOrderReference: '' })
  })

  it('a record stored before the fields existed reads with empty values; a newer one keeps its own', () => {
    const { kvkNumber: _k, oin: _o, purchaseOrderReference: _r, ...old } = base
    expect(withPartnerDefaults(old)).toEqual({ ...old, kvkNumber: '', oin: '', purchaseOrderReference: '' })
    const filled: Partner = { ...base, kvkNumber: '12345678', oin: '', purchaseOrderReference: 'IO-1' }
    expect(withPartnerDefaults(filled)).toEqual(filled)
  })

  it("an invoice's partner snapshot from before the fields existed parses with empty values", () => {
    const snapshot = invoiceSchema.shape.partner.parse({
      name: 'Z',
      shortCode: 'Z',
      invoiceAddress: base.invoiceAddress,
      invoiceEmail: 'a@b.nl',
      debtorReference: '',
    })
    expect(snapshot).toMatchObject({ kvkNumber: '', oin: '', purchaseOrderReference: '' })
  })
})
