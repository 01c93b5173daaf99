import type { ChannelName } from '@shared/ipc/contract'
import { channelNames, contract, isChannelName } from '@shared/ipc/contract'
import { describeIssues, inputProblem } from '@shared/ipc/issues'
import type { Result } from '@shared/ipc/result'
import { err, ok } from '@shared/ipc/result'
import { AppError } from '../appError'
import type { Handlers } from './handlerTypes'
import type { SenderFrame } from './senderTrust'

/** The part of Electron's `IpcMainInvokeEvent` the router reads. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null
}

/** The part of Electron's `ipcMain` the router uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void
}

export interface RouterOptions {
  isTrustedSender: (frame: SenderFrame | null) => boolean
  /** Where unexpected failures are reported (details stay in main; the renderer gets a code). */
  log?: (message: string, error?: unknown) => void
}

export interface IpcRouter {
  /** Runs one call: sender check, input parse, handler, output parse. Never throws. */
  dispatch(event: InvokeEvent, channel: string, args: readonly unknown[]): Promise<Result<unknown>>
}

const defaultLog = (message: string, error?: unknown) => console.error(`[ipc] ${message}`, error ?? '')

/**
 * The main-process side of the contract (spec S3, after VS Code's validated IPC): refuses unknown
 * channels and foreign or nested senders, parses every payload with the channel's zod schema, runs the
 * handler and checks its answer. Every outcome is a Result; a bad payload or a failing handler never
 * crashes main and never leaks a stack trace to the renderer.
 */
export function createIpcRouter(handlers: Handlers, options: RouterOptions): IpcRouter {
  assertHandlersMatchContract(handlers)
  const log = options.log ?? defaultLog

  return {
    async dispatch(event, channel, args) {
      if (!isChannelName(channel)) {
        log(`refused unknown channel: ${String(channel)}`)
        return err('unknown-channel')
      }
      if (!isTrusted(options, event)) {
        log(`refused sender for ${channel}: ${event.senderFrame?.url ?? 'no frame'}`)
        return err('untrusted-sender')
      }
      if (args.length > 1) return err('too-many-arguments')

      const input = contract[channel].input.safeParse(args[0])
      if (!input.success) {
        const problem = inputProblem(input.error)
        return err(problem.code, problem.params)
      }

      let value: unknown
      try {
        value = await runHandler(handlers, channel, input.data)
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toIpcError() }
        log(`unexpected failure in ${channel}`, error)
        return err('internal-error')
      }

      const output = contract[channel].output.safeParse(value)
      if (!output.success) {
        log(`invalid answer from ${channel}: ${describeIssues(output.error)}`)
        return err('invalid-output')
      }
      return ok(output.data)
    },
  }
}

/** Registers one `ipcMain.handle` per contract channel, each going through the router. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: Handlers, options: RouterOptions): IpcRouter {
  const router = createIpcRouter(handlers, options)
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, ...args) => router.dispatch(event, channel, args))
  }
  return router
}

function isTrusted(options: RouterOptions, event: InvokeEvent): boolean {
  try {
    return options.isTrustedSender(event.senderFrame ?? null)
  } catch {
    // Reading a destroyed frame can throw; such a sender is not trusted.
    return false
  }
}

function runHandler(handlers: Handlers, channel: ChannelName, input: unknown): Promise<unknown> {
  // The input was parsed with this channel's schema just before, so it has the handler's input type;
  // TypeScript cannot correlate the two through the union of channels.
  const handler = handlers[channel] as (input: unknown) => Promise<unknown>
  return handler(input)
}

/** A handler for a channel that is not in the contract (or a missing one) is a wiring mistake: fail at start. */
function assertHandlersMatchContract(handlers: Handlers): void {
  const known = new Set<string>(channelNames)
  const extra = Object.keys(handlers).filter((name) => !known.has(name))
  const missing = channelNames.filter((name) => typeof (handlers as Record<string, unknown>)[name] !== 'function')
  if (extra.length > 0 || missing.length > 0) {
    throw new Error(`IPC handlers do not match the contract. Extra: ${extra.join(', ') || '-'}; missing: ${missing.join(', ') || '-'}`)
  }
}
