import { afterEach, describe, expect, it } from 'vitest'
import { partnerSchema } from '@shared/model'
import { setLocale } from '@renderer/i18n'
import { toFieldErrors, validate } from '@renderer/forms/fieldErrors'

afterEach(() => setLocale('nl'))

describe('field errors from the model schemas', () => {
  const partner = {
    id: 'p',
    name: '',
    shortCode: 'zn',
    ecdMode: 'partner',
    invoiceAddress: { street: 'Straat 1', postcode: '123', city: 'Utrecht' },
    invoiceEmail: 'x',
    debtorReference: '',
    contacts: [{ name: 'A', role: '', email: 'a@', phone: '' }],
    notes: '',
    active: true,
  }

  it('gives one Dutch message per field, keyed by its path', () => {
    const result = validate(partnerSchema, partner)
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Naam is verplicht',
        shortCode: 'Korte code: 2 tot 10 hoofdletters of cijfers',
        'invoiceAddress.postcode': 'Ongeldige postcode (1234 AB)',
        invoiceEmail: 'Ongeldig e-mailadres',
        'contacts.0.email': 'Ongeldig e-mailadres',
      },
    })
  })

  it('words the e-invoice fields of a partner in Dutch and English', () => {
    const bad = {
      ...partner,
      name: 'Z',
      shortCode: 'ZN',
      invoiceAddress: { ...partner.invoiceAddress, postcode: '1234 AB' },
      invoiceEmail: 'a@b.nl',
      contacts: [],
      kvkNumber: '123',
      oin: '12',
      purchaseOrderReference: 'x'.repeat(101),
    }
    expect(validate(partnerSchema, bad)).toEqual({
      ok: false,
      errors: { kvkNumber: 'KvK-nummer: 8 cijfers', oin: 'OIN: 20 cijfers', purchaseOrderReference: 'Te lang' },
    })
    setLocale('en')
    expect(validate(partnerSchema, bad)).toEqual({
      ok: false,
      errors: { kvkNumber: 'Chamber of Commerce number: 8 digits', oin: 'OIN: 20 digits', purchaseOrderReference: 'Too long' },
    })
  })

  it('translates the model messages when the UI is English', () => {
    setLocale('en')
    const result = validate(partnerSchema, partner)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.name).toBe('Name is required')
  })

  it('turns zod defaults without a Dutch message into Dutch too', () => {
    expect(
      toFieldErrors([
        { path: ['partnerId'], code: 'too_small', origin: 'string', minimum: 1, message: 'Too small' },
        { path: ['paymentTermDays'], code: 'too_big', origin: 'number', maximum: 120, message: 'Too big' },
        { path: ['retentionMonths'], code: 'too_small', origin: 'number', minimum: 1, message: 'Too small' },
        { path: ['representatives', 0, 'role'], code: 'invalid_value', message: 'Invalid option' },
      ]),
    ).toEqual({
      partnerId: 'Kies een partner',
      paymentTermDays: 'Maximaal 120',
      retentionMonths: 'Minimaal 1',
      'representatives.0.role': 'Kies een rol',
    })
  })

  it('keeps the first message when a field has several problems', () => {
    expect(
      toFieldErrors([
        { path: ['bsn'], message: 'eerste' },
        { path: ['bsn'], message: 'tweede' },
      ]),
    ).toEqual({ bsn: 'eerste' })
  })
})
