import type { z } from 'zod'
import type { ChannelMap } from './channel'
import { appChannels } from './channels/app'
import { auditChannels } from './channels/audit'
import { backupChannels } from './channels/backup'
import { backupEncryptionChannels } from './channels/backupEncryption'
import { folderChannels } from './channels/folder'
import { logoChannels } from './channels/logo'
import { reportChannels } from './channels/reports'
import { tableChannels } from './channels/table'
import { onboardingChannels } from './channels/onboarding'
import { listExportChannels } from './channels/listExport'

/**
 * The one contract between renderer and main: channel name → zod input and output schema.
 * Each area keeps its channels in `channels/<area>.ts`; add the area's map here, one line per area.
 * The preload, the main-process router, the Playwright bridge and the `Api` type are all derived from it.
 */
export const contract = {
  ...appChannels,
  ...folderChannels,
  ...backupChannels,
  ...backupEncryptionChannels,
  ...tableChannels,
  ...reportChannels,
  ...auditChannels,
  ...onboardingChannels,
  ...logoChannels,
  ...listExportChannels,
} as const satisfies ChannelMap

export type Contract = typeof contract
export type ChannelName = Extract<keyof Contract, string>
export const channelNames = Object.keys(contract) as ChannelName[]

/** What the renderer passes in (before parsing). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
/** What the handler receives (after parsing). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
/** What a handler may return (before the router parses it). */
export type HandlerOutput<C extends ChannelName> = z.input<Contract[C]['output']>
/** What the renderer receives inside `{ ok: true, value }`. */
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value)
}
