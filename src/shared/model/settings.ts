import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import { requiredText, trimmed } from './common'

export const operatorDetailsSchema = z.object({
  name: requiredText('validation.nameRequired'),
  street: trimmed(),
  postcode: trimmed(10),
  city: trimmed(),
  kvkNumber: z.union([z.literal(''), z.string().regex(/^\d{8}$/, 'validation.kvk')]),
  vatNumber: z.union([z.literal(''), z.string().regex(/^NL\d{9}B\d{2}$/, 'validation.vat')]),
  iban: z.union([z.literal(''), z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, 'validation.iban')]),
  email: z.union([z.literal(''), z.string().email('validation.email')]),
  phone: trimmed(30),
})
export type OperatorDetails = z.infer<typeof operatorDetailsSchema>

/**
 * Start days 29–31 are rejected: not every month has them, so a period would have no well-defined start.
 * 1–28 covers every practical choice (docs/rules.md).
 */
export const billingStartDaySchema = z.number().int().min(1, 'validation.startDay').max(28, 'validation.startDay')

export const settingsSchema = z.object({
  operator: operatorDetailsSchema,
  clerkName: requiredText('validation.clerkNameRequired', 100),
  billingPeriodStartDay: billingStartDaySchema,
  paymentTermDays: z.number().int().min(0).max(120),
  /** VAT rate in whole percent; 0 means exempt and the exemption text is printed instead (spec F1). */
  vatRatePercent: z.number().int().min(0).max(100),
  vatExemptionText: trimmed(300),
  /** Quarterly check tolerance in percent (spec rule 9, default 10). */
  checkTolerancePercent: z.number().int().min(0).max(100),
  retentionMonths: z.number().int().min(1).max(240),
  backupFolder: trimmed(500),
  /** Extra non-working days (Goede Vrijdag, closing days) on top of the Algemene termijnenwet holidays. */
  extraClosingDays: z.array(calendarDateSchema),
  locale: z.enum(['nl', 'en']),
  /**
   * The clerk's column choices per import kind and file layout (`partners|<header keys>`): header key → field,
   * or null for a column left out (src/shared/onboarding/columnMapping.ts). Absent until a file was mapped.
   */
  /**
   * The last invoice number an earlier system issued in `year`, so the first final invoice here continues that
   * gapless series (docs/rules.md). Settable only while no invoice of that year has a number. Absent: none.
   */
  invoiceNumbering: z
    .object({
      year: z.number().int().min(2000, 'validation.numberingYear').max(2999, 'validation.numberingYear'),
      lastNumber: z.number().int().min(0, 'validation.numberingLast').max(9998, 'validation.numberingLast'),
    })
    .optional(),
  /**
   * Set by loading demo data (and carried by its backups): the data is made up, so finalising needs no real prices
   * or details, and every document says VOORBEELD. Absent for real data; restoring a real backup drops it.
   */
  demoData: z.literal(true).optional(),
  importColumnChoices: z.record(z.string().max(2000), z.record(z.string().max(200), z.string().max(50).nullable())).optional(),
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  operator: {
    name: 'Zorg op Afstand 24x7 B.V.',
    street: 'Voorbeeldstraat 1',
    postcode: '3511 AA',
    city: 'Utrecht',
    kvkNumber: '12345678',
    vatNumber: 'NL123456789B01',
    iban: 'NL91ABNA0417164300',
    email: 'administratie@example.nl',
    phone: '030 123 45 67',
  },
  clerkName: 'Medewerker',
  billingPeriodStartDay: 26,
  paymentTermDays: 30,
  vatRatePercent: 0,
  vatExemptionText: 'Vrijgesteld van btw op grond van art. 11 lid 1 sub g Wet OB 1968 (zorg)',
  checkTolerancePercent: 10,
  retentionMonths: 24,
  backupFolder: '',
  extraClosingDays: [],
  locale: 'nl',
}
