import type { ChannelName, HandlerOutput, ParsedInput } from '@shared/ipc/contract'

/** Runs one channel with its parsed input. Throw an AppError for a failure the user should read. */
export type Handler<C extends ChannelName> = (input: ParsedInput<C>) => Promise<HandlerOutput<C>>

/** Handlers for a subset of channels, e.g. one area: `HandlersFor<'backup:save-file' | 'backup:open-file'>`. */
export type HandlersFor<C extends ChannelName> = { readonly [K in C]: Handler<K> }

/** One handler for every channel in the contract; a missing one is a type error. */
export type Handlers = HandlersFor<ChannelName>
