import { z } from 'zod'
import { calendarDateSchema } from '../calendar/calendarDate'
import { isValidBsn } from './bsn'
import { idSchema, optionalEmail, phoneSchema, requiredText, trimmed } from './common'

export const clientStatusSchema = z.enum(['aangemeld', 'actief', 'afgemeld'])
export type ClientStatus = z.infer<typeof clientStatusSchema>

export const representativeRoleSchema = z.enum(['wettelijk vertegenwoordiger', 'mentor', 'curator', 'ouder', 'gemachtigd contactpersoon'])
export type RepresentativeRole = z.infer<typeof representativeRoleSchema>

export const representativeSchema = z.object({
  name: requiredText('validation.nameRequired'),
  role: representativeRoleSchema,
  email: optionalEmail,
  phone: phoneSchema,
})
export type Representative = z.infer<typeof representativeSchema>

export const begeleiderSchema = z.object({
  name: trimmed(),
  email: optionalEmail,
  phone: phoneSchema,
})
export type Begeleider = z.infer<typeof begeleiderSchema>

/** Intake (spec rule 3). `conversationPlannedAt` is local wall-clock time `YYYY-MM-DDTHH:mm`, not an instant. */
export const intakeSchema = z.object({
  formSentDate: calendarDateSchema.nullable(),
  formReceivedDate: calendarDateSchema.nullable(),
  dossierOpenedDate: calendarDateSchema.nullable(),
  conversationPlannedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .nullable(),
  conversationHeldDate: calendarDateSchema.nullable(),
  /**
   * Set by the onboarding import ('intake afgerond vóór overstap'): the intake was completed in the previous
   * system, so the intake signal lists leave the client out. Absent on every other client.
   */
  completedBeforeTransfer: z.literal(true).optional(),
})
export type Intake = z.infer<typeof intakeSchema>

export const emptyIntake: Intake = {
  formSentDate: null,
  formReceivedDate: null,
  dossierOpenedDate: null,
  conversationPlannedAt: null,
  conversationHeldDate: null,
}

export const bsnSchema = z.union([z.literal(''), z.string().refine(isValidBsn, { message: 'validation.bsn' })])

export const clientSchema = z.object({
  id: idSchema,
  partnerId: idSchema,
  clientNumber: z.string().trim().min(1, 'validation.clientNumberRequired').max(30),
  firstName: requiredText('validation.firstNameRequired', 100),
  lastName: requiredText('validation.lastNameRequired', 100),
  birthDate: calendarDateSchema.nullable(),
  bsn: bsnSchema,
  begeleider: begeleiderSchema,
  representatives: z.array(representativeSchema),
  status: clientStatusSchema,
  /** The plan chosen at registration (spec rule 1); the subscription periods say what is billed. */
  registrationPlanId: idSchema,
  /** The day the registration arrived; the 10-working-day deadline counts from here. */
  registrationReceivedDate: calendarDateSchema,
  activationDate: calendarDateSchema.nullable(),
  loginSentDate: calendarDateSchema.nullable(),
  intake: intakeSchema,
  notes: trimmed(4000),
  /** Set when personal data was anonymised after the retention period (spec: privacy). */
  anonymisedDate: calendarDateSchema.nullable(),
})
export type Client = z.infer<typeof clientSchema>

export function clientDisplayName(client: Pick<Client, 'firstName' | 'lastName'>): string {
  return `${client.firstName} ${client.lastName}`.trim()
}
