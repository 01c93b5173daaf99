import type { IpcError, IpcErrorCode } from '@shared/ipc/result'

/**
 * A failure the user should read: a code for the renderer and a Dutch message. Handlers and services
 * throw it; the IPC router turns it into `{ ok: false, error }`. Any other exception becomes
 * `internal-error` with a generic message, so Node's English texts never reach the screen.
 */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'AppError'
  }

  toIpcError(): IpcError {
    return { code: this.code, message: this.message }
  }
}
