import { z } from 'zod'
import { idSchema, optionalEmail, phoneSchema, requiredText, trimmed } from './common'

/** `partner`: the partner's ECD, the partner supplies client numbers; `eigen`: the operator's ECD, needs birth date and BSN. */
export const ecdModeSchema = z.enum(['partner', 'eigen'])
export type EcdMode = z.infer<typeof ecdModeSchema>

export const addressSchema = z.object({
  street: requiredText('validation.addressRequired'),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4} ?[A-Za-z]{2}$/, 'validation.postcode'),
  city: requiredText('validation.cityRequired'),
})

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
  shortCode: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{2,10}$/, 'validation.shortCode'),
  ecdMode: ecdModeSchema,
  invoiceAddress: addressSchema,
  invoiceEmail: z.string().trim().email('validation.email'),
  debtorReference: trimmed(50),
  /**
   * The e-invoice endpoint (spec Partner; SI-UBL BR-NL-10): a KvK number (8 digits) or an OIN (20 digits),
   * '' when none. Defaults keep older backups and stored records valid without a database version.
   */
  kvkNumber: z
    .string()
    .trim()
    .regex(/^(\d{8})?$/, 'validation.kvk')
    .default(''),
  oin: z
    .string()
    .trim()
    .regex(/^(\d{20})?$/, 'validation.oin')
    .default(''),
  /** "Uw kenmerk": the partner's purchase-order number or reference to quote on every invoice; '' when none. */
  purchaseOrderReference: trimmed(100).default(''),
  contacts: z.array(contactPersonSchema),
  notes: trimmed(2000),
  active: z.boolean(),
})
export type Partner = z.infer<typeof partnerSchema>

type EInvoiceField = 'kvkNumber' | 'oin' | 'purchaseOrderReference'
/** A partner record as stored before the e-invoice fields existed: those may be absent. */
export type StoredPartner = Omit<Partner, EInvoiceField> & Partial<Pick<Partner, EInvoiceField>>

/**
 * Records stored before `kvkNumber`, `oin` and `purchaseOrderReference` existed lack them; reading fills the
 * schema's defaults, so no database version is needed (the schema's `.default('')` does the same for backups).
 */
export function withPartnerDefaults(partner: StoredPartner): Partner {
  return { ...partner, kvkNumber: partner.kvkNumber ?? '', oin: partner.oin ?? '', purchaseOrderReference: partner.purchaseOrderReference ?? '' }
}
