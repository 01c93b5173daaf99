/**
 * The renderer's only door to the main process: `window.api`, exposed by the preload and typed from the
 * IPC contract. Pinia stores import `platformApi()`; views and components never do (ESLint enforces it).
 */
import type { Api } from '@shared/ipc/api'
import type { IpcError, IpcErrorCode, Result } from '@shared/ipc/result'

declare global {
  interface Window {
    /** Set by the preload (Electron) or the Playwright bridge; absent in a plain browser. */
    readonly api?: Api
  }
}

export type { Api, IpcError, IpcErrorCode, Result }

/** Thrown by `unwrap` so a store can use try/catch; `message` is the Dutch text from main. */
export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** `window.api`, or a clear error when the page runs without the preload (e.g. opened in a browser). */
export function platformApi(): Api {
  const api = window.api
  if (!api) throw new ApiError('internal-error', 'De koppeling met de toepassing ontbreekt: open het programma via Cliëntadministratie 24x7, niet in een browser.')
  return api
}

/** Whether the preload's API is present (for screens that can work without files, e.g. in a demo). */
export function hasPlatformApi(): boolean {
  return window.api !== undefined
}

/** The value of a successful Result, or an ApiError carrying main's code and Dutch message. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw new ApiError(result.error.code, result.error.message)
}
