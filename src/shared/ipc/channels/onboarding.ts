import { z } from 'zod'
import { defineChannels } from '../channel'
import { IMPORT_KINDS } from '../../onboarding/fields'
import { savedFileSchema } from './backup'

export const writeTemplateInputSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  /** The active plans' codes for the `Abonnement` drop-down, smallest first (the window knows the catalogue). */
  planCodes: z.array(z.string().regex(/^[A-Z0-9-]{2,20}$/)).max(100),
})

export const onboardingChannels = defineChannels('onboarding', {
  /** Asks where to save an import template (save dialog) and writes it there. `null` = cancelled. */
  'onboarding:write-template': { input: writeTemplateInputSchema, output: savedFileSchema.nullable() },
})
