import { partnerSchema, type ContactPerson, type Partner } from '@shared/model'
import { jsonCopy, validate, type FieldErrors } from './fieldErrors'

/** Everything a clerk edits on a partner; the id is the data layer's business. */
export type PartnerFields = Omit<Partner, 'id'>

const partnerFieldsSchema = partnerSchema.omit({ id: true })

export function emptyPartnerDraft(): PartnerFields {
  return {
    name: '',
    shortCode: '',
    ecdMode: 'partner',
    invoiceAddress: { street: '', postcode: '', city: '' },
    invoiceEmail: '',
    debtorReference: '',
    kvkNumber: '',
    oin: '',
    purchaseOrderReference: '',
    contacts: [],
    notes: '',
    active: true,
  }
}

export function emptyContact(): ContactPerson {
  return { name: '', role: '', email: '', phone: '' }
}

/** A deep copy, so editing the draft never touches the record shown elsewhere. */
export function partnerToDraft(partner: Partner): PartnerFields {
  const { id: _id, ...fields } = jsonCopy(partner)
  return fields
}

/** Short codes are typed in any case but stored in capitals (they appear in file names and invoices). */
export function checkPartnerDraft(draft: PartnerFields): { ok: true; value: PartnerFields } | { ok: false; errors: FieldErrors } {
  return validate(partnerFieldsSchema, { ...draft, shortCode: draft.shortCode.trim().toUpperCase() })
}
