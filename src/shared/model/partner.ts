import { z } from 'zod'
import { idSchema, optionalEmail, phoneSchema, requiredText, trimmed } from './common'

/** `partner`: the partner's ECD, the partner supplies client numbers; `eigen`: the operator's ECD, needs birth date and BSN. */
export const ecdModeSchema = z.enum(['partner', 'eigen'])
export type EcdMode = z.infer<typeof ecdModeSchema>

export const addressSchema = z.object({
  street: requiredText('Adres is verplicht'),
  postcode: z.string().trim().regex(/^\d{4} ?[A-Za-z]{2}$/, 'Ongeldige postcode (1234 AB)'),
  city: requiredText('Plaats is verplicht'),
})
export type Address = z.infer<typeof addressSchema>

export const contactPersonSchema = z.object({
  name: requiredText('Naam is verplicht'),
  role: trimmed(),
  email: optionalEmail,
  phone: phoneSchema,
})
export type ContactPerson = z.infer<typeof contactPersonSchema>

export const partnerSchema = z.object({
  id: idSchema,
  name: requiredText('Naam is verplicht'),
  shortCode: z.string().trim().regex(/^[A-Z0-9]{2,10}$/, 'Korte code: 2 tot 10 hoofdletters of cijfers'),
  ecdMode: ecdModeSchema,
  invoiceAddress: addressSchema,
  invoiceEmail: z.string().trim().email('Ongeldig e-mailadres'),
  debtorReference: trimmed(50),
  contacts: z.array(contactPersonSchema),
  notes: trimmed(2000),
  active: z.boolean(),
})
export type Partner = z.infer<typeof partnerSchema>
