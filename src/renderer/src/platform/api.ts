/**
 * The renderer's only door to the main process: `window.api`, exposed by the preload and typed from the
 * IPC contract. Pinia stores import `platformApi()`; views and components never do (ESLint enforces it).
 */
import type { Api } from '@shared/ipc/api'
import type { IpcError, IpcErrorCode, Result } from '@shared/ipc/result'
import type { AppErrorParams } from '@shared/problems/appErrors'
import { errorText } from '@shared/problems/errorText'

declare global {
  interface Window {
    /** Set by the preload (Electron) or the Playwright bridge; absent in a plain browser. */
    readonly api?: Api
  }
}

export type { Api, IpcError, IpcErrorCode, Result }

/**
 * Thrown by `unwrap` so a store can use try/catch: main's code and parameters, which the store words in the
 * UI language (`errorMessage` in stores/outcome.ts). `message` holds the Dutch words, for logs.
 */
export class ApiError extends Error {
  readonly partner: string | undefined
  /** The files the job had saved before it failed (main's `saved`). */
  readonly saved: readonly string[] | undefined

  constructor(
    readonly code: IpcErrorCode,
    readonly params: AppErrorParams = {},
    partner?: string,
    saved?: readonly string[],
  ) {
    super(errorText({ code, params, partner, saved }))
    this.name = 'ApiError'
    this.partner = partner
    this.saved = saved
  }

  static from(error: IpcError): ApiError {
    return new ApiError(error.code, error.params, error.partner, error.saved)
  }
}

/** `window.api`, or a clear error when the page runs without the preload (e.g. opened in a browser). */
export function platformApi(): Api {
  const api = window.api
  if (!api) throw new ApiError('no-bridge')
  return api
}

/** Whether the preload's API is present (for screens that can work without files, e.g. in a demo). */
export function hasPlatformApi(): boolean {
  return typeof window !== 'undefined' && window.api !== undefined
}

/** The value of a successful Result, or an ApiError carrying main's code and parameters. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw ApiError.from(result.error)
}
