import { z } from 'zod'
import { idSchema, periodNameSchema } from './common'

/** The minutes of the longest billing period (31 days): more call or registration minutes in one period cannot be true. */
export const MAX_MINUTES_PER_PERIOD = 31 * 24 * 60

const minutes = z.number().finite().nonnegative('validation.notNegative')

/** Usage per client per billing period (spec: Usage). Registration minutes count towards the subscription. */
export const usageSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  partnerId: idSchema,
  period: periodNameSchema,
  callMinutes: minutes,
  registrationMinutes: minutes,
  contacts: z.number().int().nonnegative(),
})
export type Usage = z.infer<typeof usageSchema>

export function usageId(clientId: string, period: string): string {
  return `${clientId}|${period}`
}
