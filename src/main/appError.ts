import type { AppErrorCode, AppErrorParams } from '@shared/problems/appErrors'
import { errorText } from '@shared/problems/errorText'
import type { IpcError } from '@shared/ipc/result'

/**
 * A failure the user should read: a code with its parameters (src/shared/problems/appErrors.ts); the
 * window words it in the UI language, the command line in Dutch. Handlers and services throw it; the IPC
 * router turns it into `{ ok: false, error }`. Any other exception becomes `internal-error`, so Node's
 * texts never reach the screen. `message` holds the Dutch words for logs.
 */
export class AppError extends Error {
  readonly partner: string | undefined

  constructor(
    readonly code: AppErrorCode,
    readonly params: AppErrorParams = {},
    options?: { cause?: unknown; partner?: string },
  ) {
    super(errorText({ code, params, partner: options?.partner }), options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'AppError'
    this.partner = options?.partner
  }

  toIpcError(): IpcError {
    return { code: this.code, params: { ...this.params }, ...(this.partner === undefined ? {} : { partner: this.partner }) }
  }
}
