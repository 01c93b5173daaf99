import { z } from 'zod'
import { UI_LANGUAGES } from '../../i18n/language'
import { defineChannels, noInput } from '../channel'

export const appInfoSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  /** Node's `process.platform`: `win32`, `darwin`, `linux`. */
  platform: z.string().min(1),
})

export const appChannels = defineChannels('app', {
  'app:get-info': { input: noInput, output: appInfoSchema },
  /** The window's UI language, at start and when the user changes it; main words its menu and dialogs in it. */
  'app:set-language': { input: z.object({ language: z.enum(UI_LANGUAGES) }), output: z.null() },
  /** Whether a form in the window has unsaved changes; closing the window then asks first (`app:close-requested`). */
  'app:set-unsaved-work': { input: z.object({ unsaved: z.boolean() }), output: z.null() },
  /** The clerk's answer to closing with unsaved work: `close: false` keeps the window open ("Blijven", a refused save). */
  'app:answer-close': { input: z.object({ close: z.boolean() }), output: z.null() },
})
