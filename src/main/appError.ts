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
  /** The files the job had saved before this failure; they stay (see files/replacedFiles.ts). */
  readonly saved: readonly string[] | undefined

  constructor(
    readonly code: AppErrorCode,
    readonly params: AppErrorParams = {},
    options?: { cause?: unknown; partner?: string; saved?: readonly string[] },
  ) {
    super(errorText({ code, params, partner: options?.partner, saved: options?.saved }), options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'AppError'
    this.partner = options?.partner
    this.saved = options?.saved
  }

  toIpcError(): IpcError {
    return {
      code: this.code,
      params: { ...this.params },
      ...(this.partner === undefined ? {} : { partner: this.partner }),
      ...(this.saved === undefined ? {} : { saved: [...this.saved] }),
    }
  }
}
