import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import { idSchema } from './common'

/** A half-open interval [from, until) on one plan; `until` is null while it runs (spec: Subscription period). */
export const subscriptionPeriodSchema = z
  .object({
    id: idSchema,
    clientId: idSchema,
    planId: idSchema,
    from: calendarDateSchema,
    until: calendarDateSchema.nullable(),
  })
  .refine((p) => p.until === null || p.until > p.from, { message: 'validation.untilAfterFrom', path: ['until'] })
export type SubscriptionPeriod = z.infer<typeof subscriptionPeriodSchema>

export const changeRequestStatusSchema = z.enum(['open', 'akkoord', 'verwerkt', 'afgewezen', 'ingetrokken'])
export type ChangeRequestStatus = z.infer<typeof changeRequestStatusSchema>
export const initiatorSchema = z.enum(['partner', 'operator'])
export type Initiator = z.infer<typeof initiatorSchema>

/** Abonnementswijziging with two-party approval (spec rule 4). */
export const changeRequestSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  fromPlanId: idSchema,
  toPlanId: idSchema,
  initiatedBy: initiatorSchema,
  reason: z.string().trim().min(1, 'validation.reasonRequired').max(2000),
  requestDate: calendarDateSchema,
  partnerApprovalDate: calendarDateSchema.nullable(),
  operatorApprovalDate: calendarDateSchema.nullable(),
  closedDate: calendarDateSchema.nullable(),
  effectiveDate: calendarDateSchema.nullable(),
  status: changeRequestStatusSchema,
})
export type ChangeRequest = z.infer<typeof changeRequestSchema>

/** Afmelding (spec rule 5). `effectiveDate` is the first day no longer billed. */
export const deregistrationSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  receivedDate: calendarDateSchema,
  requestedDate: calendarDateSchema,
  effectiveDate: calendarDateSchema,
  processedDate: calendarDateSchema.nullable(),
  /**
   * Taken over by the onboarding import as the previous system recorded it: its effective date is history and
   * is not computed again by the non-retroactive rule (`verify` accepts it). Absent on every other deregistration.
   */
  historical: z.literal(true).optional(),
})
export type Deregistration = z.infer<typeof deregistrationSchema>
