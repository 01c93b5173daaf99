import { z } from 'zod'
import { idSchema, optionalEmail, phoneSchema, requiredText, trimmed } from './common'

/** `partner`: the partner's ECD, the partner supplies client numbers; `eigen`: the operator's ECD, needs birth date and BSN. */
export const ecdModeSchema = z.enum(['partner', 'eigen'])
export type EcdMode = z.infer<typeof ecdModeSchema>

export const addressSchema = z.object({
  street: requiredText('validation.addressRequired'),
  postcode: z.string().trim().regex(/^\d{4} ?[A-Za-z]{2}$/, 'validation.postcode'),
  city: requiredText('validation.cityRequired'),
})
export type Address = z.infer<typeof addressSchema>

export const contactPersonSchema = z.object({
  name: requiredText('validation.nameRequired'),
  role: trimmed(),
  email: optionalEmail,
  phone: phoneSchema,
})
export type ContactPerson = z.infer<typeof contactPersonSchema>

export const partnerSchema = z.object({
  id: idSchema,
  name: requiredText('validation.nameRequired'),
  shortCode: z.string().trim().regex(/^[A-Z0-9]{2,10}$/, 'validation.shortCode'),
  ecdMode: ecdModeSchema,
  invoiceAddress: addressSchema,
  invoiceEmail: z.string().trim().email('validation.email'),
  debtorReference: trimmed(50),
  /** KvK number (an e-invoice endpoint): '' when none, else 8 digits. Default '' keeps older records valid. */
  kvkNumber: z.union([z.literal(''), z.string().trim().regex(/^\d{8}$/, 'validation.kvk')]).default(''),
  /** OIN (Organisatie-identificatienummer, an e-invoice endpoint): '' when none, else 20 digits. */
  oin: z.union([z.literal(''), z.string().trim().regex(/^\d{20}$/, 'validation.oin')]).default(''),
  /** Purchase-order number or reference the partner wants quoted on its invoices ('uw kenmerk'); '' when none. */
  purchaseOrderReference: trimmed(100).default(''),
  contacts: z.array(contactPersonSchema),
  notes: trimmed(2000),
  active: z.boolean(),
})
export type Partner = z.infer<typeof partnerSchema>
