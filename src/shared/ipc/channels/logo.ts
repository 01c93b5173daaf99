import { z } from 'zod'
import { defineChannels, noInput } from '../channel'

/** The kept logo as the Settings screen shows it: a data URL of the copy main keeps, and its size in pixels. */
export const logoInfoSchema = z.object({
  format: z.enum(['png', 'jpeg']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  dataUrl: z.string().regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/),
})
export type LogoInfo = z.infer<typeof logoInfoSchema>

/**
 * The operator's logo on the invoice documents. Main chooses the file in its own open dialog, checks it and
 * keeps a copy in its data folder; the window never names a path, it only sees the result.
 */
export const logoChannels = defineChannels('logo', {
  /** The kept logo, or null when none is set. */
  'logo:get': { input: noInput, output: logoInfoSchema.nullable() },
  /** Open dialog for a PNG or JPEG; the kept logo after the choice, `null` when the dialog was cancelled. */
  'logo:choose': { input: noInput, output: logoInfoSchema.nullable() },
  /** Removes the kept logo; documents are then made without one. */
  'logo:remove': { input: noInput, output: z.null() },
})
