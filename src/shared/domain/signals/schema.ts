import { z } from 'zod'
import { calendarDateSchema } from '../../calendar/calendarDate'
import { periodNameSchema, quarterNameSchema } from '../../model/common'
import { initiatorSchema } from '../../model/subscription'
import { isLifecycleCode, type LifecycleCode } from '../../problems/lifecycle'
import { isSignalActionCode, type SignalActionCode } from '../../problems/signals'
import type { AnySignalList } from './types'

/**
 * The shape of computed signal lists, to check lists that were stored (a kept result) before they are shown
 * again. Structural only: the rows were computed by this app from checked records, so their texts are not
 * validated again as input would be; what this guards against is a row an older version wrote differently.
 */
const contactSchema = z.object({ name: z.string(), email: z.string(), phone: z.string() })
const contactPersonSchema = contactSchema.extend({ role: z.string() })
const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]))

const rowBase = <K extends string>(list: K) =>
  z.object({
    list: z.literal(list),
    clientId: z.string(),
    clientNumber: z.string(),
    clientName: z.string(),
    partnerId: z.string(),
    deadline: calendarDateSchema,
    workingDaysLeft: z.number().int(),
    overdue: z.boolean(),
    action: z.object({ code: z.custom<SignalActionCode>(isSignalActionCode), params: z.record(z.string(), z.string()) }),
  })

const listOf = <K extends string, R extends z.ZodType>(key: K, row: R) => z.object({ key: z.literal(key), rows: z.array(row) })

export const anySignalListSchema: z.ZodType<AnySignalList> = z.discriminatedUnion('key', [
  listOf('aanmeldingen-verwerken', rowBase('aanmeldingen-verwerken').extend({ receivedDate: calendarDateSchema, planId: z.string() })),
  listOf(
    'intakeformulier-ontbreekt',
    rowBase('intakeformulier-ontbreekt').extend({
      activationDate: calendarDateSchema,
      formSentDate: calendarDateSchema.nullable(),
      planId: z.string(),
      serious: z.boolean(),
    }),
  ),
  listOf('dossier-openstellen', rowBase('dossier-openstellen').extend({ formReceivedDate: calendarDateSchema })),
  listOf(
    'intakegesprek-plannen',
    rowBase('intakegesprek-plannen').extend({ formReceivedDate: calendarDateSchema, dossierOpenedDate: calendarDateSchema.nullable(), planId: z.string() }),
  ),
  listOf(
    'wijzigingen-akkoord-afwachten',
    rowBase('wijzigingen-akkoord-afwachten').extend({
      changeRequestId: z.string(),
      fromPlanId: z.string(),
      toPlanId: z.string(),
      initiatedBy: initiatorSchema,
      requestDate: calendarDateSchema,
      awaiting: z.array(initiatorSchema),
    }),
  ),
  listOf(
    'wijzigingen-verwerken',
    rowBase('wijzigingen-verwerken').extend({ changeRequestId: z.string(), fromPlanId: z.string(), toPlanId: z.string(), approvedDate: calendarDateSchema }),
  ),
  listOf(
    'afmeldingen-verwerken',
    rowBase('afmeldingen-verwerken').extend({
      deregistrationId: z.string(),
      receivedDate: calendarDateSchema,
      requestedDate: calendarDateSchema,
      effectiveDate: calendarDateSchema,
      adjusted: z.boolean(),
      explanation: z
        .object({
          code: z.custom<Extract<LifecycleCode, 'afmelding-per-ontvangst'>>((c) => isLifecycleCode(c) && c === 'afmelding-per-ontvangst'),
          params: paramsSchema,
        })
        .nullable(),
    }),
  ),
  listOf(
    'structurele-afwijkingen',
    rowBase('structurele-afwijkingen').extend({
      quarter: quarterNameSchema,
      outcome: z.enum(['boven', 'onder']),
      currentPlanId: z.string(),
      recommendedPlanId: z.string().nullable(),
      totalUsageMinutes: z.number(),
      totalBundleMinutes: z.number(),
      begeleider: contactSchema,
      partnerContact: contactPersonSchema.nullable(),
    }),
  ),
  listOf('geen-contact', rowBase('geen-contact').extend({ periods: z.tuple([periodNameSchema, periodNameSchema]), planId: z.string() })),
])
