import { z } from 'zod'

/** One IPC channel: what the renderer sends and what main answers (inside a Result). */
export interface ChannelDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I
  readonly output: O
}

/**
 * Channel names read `<area>:<verb>-<noun>` (e.g. `backup:save-file`). The area becomes the namespace on
 * `window.api`, the rest its camel-cased function name: `window.api.backup.saveFile()`.
 */
export const channelNamePattern = /^[a-z]+:[a-z]+(?:-[a-z]+)*$/

export type ChannelMap = Record<`${string}:${string}`, ChannelDefinition>

/** Input of a channel that takes no arguments: the preload sends `undefined`. */
export const noInput = z.undefined()

/**
 * Declares one area's channels. `Area` is checked against every key, so a channel cannot be filed under
 * the wrong area by accident.
 */
export function defineChannels<Area extends string, const T extends Record<`${Area}:${string}`, ChannelDefinition>>(_area: Area, channels: T): T {
  return channels
}

type KebabToCamel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<KebabToCamel<Tail>>}` : S

export type AreaOf<C extends string> = C extends `${infer A}:${string}` ? A : never
export type MethodOf<C extends string> = C extends `${string}:${infer M}` ? KebabToCamel<M> : never

/** Splits `backup:save-file` into `['backup', 'saveFile']`, the same way the `Api` type does. */
export function splitChannelName(channel: string): readonly [area: string, method: string] {
  if (!channelNamePattern.test(channel)) throw new Error(`Invalid channel name: ${channel}`)
  const [area = '', rest = ''] = channel.split(':')
  const method = rest.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase())
  return [area, method]
}
