import { z } from 'zod'
import { centsSchema, idSchema, requiredText } from './common'

/** Abonnementsvorm. Plans are editable data; the shipped catalogue is marked as example values. */
export const planSchema = z.object({
  id: idSchema,
  code: z.string().trim().regex(/^[A-Z0-9-]{2,20}$/, 'Code: 2 tot 20 hoofdletters, cijfers of -'),
  name: requiredText('Naam is verplicht'),
  monthlyFeeCents: centsSchema.nonnegative('Tarief kan niet negatief zijn'),
  includedMinutes: z.number().int().nonnegative('Minuten kunnen niet negatief zijn'),
  hasIntakeConversation: z.boolean(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  isExample: z.boolean(),
})
export type Plan = z.infer<typeof planSchema>
