import type { AreaOf, MethodOf } from './channel'
import { splitChannelName } from './channel'
import type { ChannelInput, ChannelName, ChannelOutput } from './contract'
import { channelNames, contract } from './contract'
import type { AppErrorParams } from '../problems/appErrors'
import { describeIssues, inputProblem, type InputProblem } from './issues'
import type { Result } from './result'

/** The API never changes what it is given, so callers may pass readonly data (e.g. the domain's own results). */
export type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T

/** A channel as a function: optional argument when the input schema accepts `undefined`. */
export type ApiFunction<C extends ChannelName> =
  undefined extends ChannelInput<C>
    ? (input?: DeepReadonly<ChannelInput<C>>) => Promise<Result<ChannelOutput<C>>>
    : (input: DeepReadonly<ChannelInput<C>>) => Promise<Result<ChannelOutput<C>>>

/** `window.api`: one namespace per area, one named function per channel (`backup:save-file` → `api.backup.saveFile`). */
export type Api = {
  readonly [A in AreaOf<ChannelName>]: {
    readonly [C in ChannelName as C extends `${A}:${string}` ? MethodOf<C> : never]: ApiFunction<C>
  }
}

/** Sends one validated payload on a contract channel and resolves with main's Result. */
export type Invoke = (channel: ChannelName, payload: unknown) => Promise<unknown>

/**
 * A call refused before it was sent: the same codes as main's input check, so the window words it like any
 * IPC error; the message is for developers.
 */
export class InvalidApiInputError extends TypeError {
  readonly code: InputProblem['code'] | 'too-many-arguments'
  readonly params: AppErrorParams

  constructor(
    readonly channel: ChannelName,
    problem: InputProblem | { code: 'too-many-arguments'; params: AppErrorParams },
    detail: string,
  ) {
    super(`Invalid input for ${channel}: ${detail}`)
    this.name = 'InvalidApiInputError'
    this.code = problem.code
    this.params = problem.params
  }
}

/**
 * Builds `window.api` from the contract. Each function checks its argument with the channel's input
 * schema and throws before anything is sent; the raw (unparsed) argument is sent so main parses exactly
 * what the renderer gave. Used by the preload and, in Playwright, by the page bridge.
 */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const channel of channelNames) {
    const [area, method] = splitChannelName(channel)
    const namespace = (api[area] ??= {})
    namespace[method] = async (...args: unknown[]) => {
      if (args.length > 1) throw new InvalidApiInputError(channel, { code: 'too-many-arguments', params: {} }, 'at most one argument')
      const input = args[0]
      const parsed = contract[channel].input.safeParse(input)
      if (!parsed.success) throw new InvalidApiInputError(channel, inputProblem(parsed.error), describeIssues(parsed.error))
      return invoke(channel, input)
    }
  }
  for (const namespace of Object.values(api)) Object.freeze(namespace)
  // The runtime object is built from the same map the type is derived from; tests compare both.
  return Object.freeze(api) as unknown as Api
}
