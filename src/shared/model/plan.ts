import { z } from 'zod'
import { centsSchema, idSchema, requiredText } from './common'

/** Abonnementsvorm. Plans are editable data; the shipped catalogue is marked as example values. */
export const planSchema = z.object({
  id: idSchema,
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,20}$/, 'validation.planCode'),
  name: requiredText('validation.nameRequired'),
  monthlyFeeCents: centsSchema.nonnegative('validation.notNegative'),
  includedMinutes: z.number().int().nonnegative('validation.notNegative'),
  hasIntakeConversation: z.boolean(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  isExample: z.boolean(),
})
export type Plan = z.infer<typeof planSchema>
