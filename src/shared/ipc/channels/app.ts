import { z } from 'zod'
import { defineChannels, noInput } from '../channel'

export const appInfoSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  /** Node's `process.platform`: `win32`, `darwin`, `linux`. */
  platform: z.string().min(1),
})
export type AppInfo = z.infer<typeof appInfoSchema>

export const appChannels = defineChannels('app', {
  'app:get-info': { input: noInput, output: appInfoSchema },
})
